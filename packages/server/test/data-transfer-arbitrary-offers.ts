import {
  DECISION_CRITERIA,
  NEGOTIATION_CHANNELS,
  NEGOTIATION_KINDS,
  OFFER_STATUSES,
  SCORED_CRITERIA,
  WAITING_STAGES,
  type ExportDocument,
} from "@loopwise/domain";
import fc from "fast-check";
import { compArbitrary } from "../../../test-support/comp-arbitrary.js";
import { text, maybe, instant, day, id, byCreation, ids, pick, uniqueById, plain } from "./data-transfer-rows.js";

/** The offer and timing tables of an export document, random and valid: offers with their logs,
 * market points, preferences, the planner's settings and per-application overrides. */

/** Offers on some of the applications (one each at most), and a negotiation log for each. */
export function offerTablesArbitrary(
  applicationIds: string[],
): fc.Arbitrary<Pick<ExportDocument, "offers" | "negotiationEvents">> {
  if (!applicationIds.length) return fc.constant({ offers: [], negotiationEvents: [] });
  return fc
    .tuple(fc.subarray(applicationIds, { maxLength: Math.min(3, applicationIds.length) }), ids(3, 3))
    .chain(([offered, offerIds]) => {
      const rows = offered.map((applicationId, i) => ({ applicationId, id: offerIds[i]! }));
      return fc.record({
        offers: fc.tuple(
          ...rows.map(({ id: offerId, applicationId }) =>
            fc.record({
              id: fc.constant(offerId),
              applicationId: fc.constant(applicationId),
              comp: compArbitrary,
              status: pick(OFFER_STATUSES),
              level: maybe(text(80)),
              title: maybe(text(200)),
              location: maybe(text(200)),
              startDate: maybe(day),
              receivedOn: maybe(day),
              exchangeRate: maybe(plain(1e-6, 1e6).filter((v) => v > 0)),
              scores: fc.record(Object.fromEntries(SCORED_CRITERIA.map((c) => [c, fc.integer({ min: 1, max: 5 })])), {
                requiredKeys: [],
              }),
              notes: maybe(text(20_000)),
              createdAt: instant,
              updatedAt: instant,
            }),
          ),
        ),
        negotiationEvents: rows.length
          ? fc.array(
              fc.record({
                id,
                offerId: pick(rows.map((r) => r.id)),
                on: day,
                channel: pick(NEGOTIATION_CHANNELS),
                kind: pick(NEGOTIATION_KINDS),
                asked: maybe(text(5_000)),
                response: maybe(text(5_000)),
                before: maybe(compArbitrary),
                after: maybe(compArbitrary),
                createdAt: instant,
                updatedAt: instant,
              }),
              { maxLength: 4 },
            )
          : fc.constant<never[]>([]),
      });
    })
    .map(({ offers, negotiationEvents }) => ({
      offers: byCreation(offers),
      negotiationEvents: byCreation(uniqueById(negotiationEvents)),
    }));
}

export const compDataPointArbitrary = fc.record({
  id,
  company: text(200, 1),
  level: maybe(text(80)),
  title: maybe(text(200)),
  location: maybe(text(200)),
  currency: fc.constantFrom("USD", "EUR", "JPY", "CHF"),
  baseMinor: maybe(fc.nat({ max: 100_000_000_000 })),
  totalMinor: fc.nat({ max: Number.MAX_SAFE_INTEGER }),
  source: maybe(text(200)),
  observedOn: maybe(day),
  createdAt: instant,
});

export const offerPreferencesArbitrary = fc.record({
  compareCurrency: maybe(fc.constantFrom("USD", "EUR", "GBP")),
  weights: fc.record(
    Object.fromEntries(DECISION_CRITERIA.map((c) => [c, fc.oneof(fc.integer({ min: 0, max: 10 }), plain(0, 10))])),
    {
      requiredKeys: [],
    },
  ),
  updatedAt: instant,
});

/** What a user may know of a company's pace: any subset of stages and fields. */
export const timingOverridesArbitrary = fc.record(
  {
    stages: fc.record(
      Object.fromEntries(
        WAITING_STAGES.map((stage) => [
          stage,
          fc.record({ medianDays: plain(0, 365), p90Days: plain(0, 365), passRate: plain(0, 1) }, { requiredKeys: [] }),
        ]),
      ),
      { requiredKeys: [] },
    ),
    offerOpenDays: fc.oneof(fc.integer({ min: 0, max: 120 }), plain(0, 120)),
  },
  { requiredKeys: [] },
);

/** The planner's constraints: any subset, a window that does not end before it starts. */
export const timingSettingsArbitrary = fc.record({
  constraints: fc.record(
    {
      interviewsPerDay: fc.integer({ min: 1, max: 10 }),
      interviewsPerWeek: fc.integer({ min: 1, max: 40 }),
      blackoutDates: fc.array(day, { maxLength: 5 }),
      readyForOnsitesOn: day,
      minDaysBetweenOnsites: fc.integer({ min: 0, max: 30 }),
      decisionWindow: fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
    },
    { requiredKeys: [] },
  ),
  updatedAt: instant,
});
