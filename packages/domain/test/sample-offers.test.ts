import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compInputSchema,
  decide,
  DEFAULT_WEIGHTS,
  negotiationEventInputSchema,
  offerInputSchema,
  sampleOffers,
  projectComp,
  sampleSearch,
  seededRandom,
} from "../src/index.js";

const NOW = new Date("2026-03-10T14:07:00.000Z");
const SOME_ID = "6f1c1c0e-2a59-4c1e-9d3c-2f6f0f7a1b2c";

describe("the sample search's offers", () => {
  const search = sampleSearch(NOW, seededRandom(1));
  const offers = sampleOffers(search, NOW);

  it("give every application at the Offer stage one offer, and no other application any", () => {
    const atOffer = search.applications.filter((a) => a.history.at(-1)!.stage === "offer").map((a) => a.companyName);
    expect(atOffer).toHaveLength(3);
    expect(offers.map((o) => o.companyName).sort()).toEqual([...atOffer].sort());
  });

  it("make a close call under the default weights, so the Decide tab shows what would change it", () => {
    const result = decide(
      offers.map((o) => ({
        id: o.companyName,
        name: o.companyName,
        projection: projectComp(compInputSchema.parse(o.input.comp)),
        scores: o.input.scores ?? {},
        redFlags: 0,
      })),
      DEFAULT_WEIGHTS,
    );
    expect(result.winnerId).toBe("Lumen Data");
    expect(result.runnerUpId).toBe("Northwind Robotics");
    // Lumen's edge rests on its options: weigh equity upside less and Northwind wins.
    const equity = result.sensitivity.weights.find((w) => w.criterion === "equity_upside")!;
    expect(equity.down?.winnerId).toBe("Northwind Robotics");
  });

  it("pass the API's validation, offers and negotiation events alike", () => {
    for (const offer of offers) {
      const parsed = offerInputSchema.safeParse({ ...offer.input, applicationId: SOME_ID });
      expect(parsed.error, offer.companyName).toBeUndefined();
      for (const event of offer.negotiation) {
        expect(negotiationEventInputSchema.safeParse(event).error, offer.companyName).toBeUndefined();
      }
    }
  });

  it("differ in shape: RSUs on the common schedule with a prorated sign-on, a 5/15/40/40 grant, startup options", () => {
    const byName = new Map(offers.map((o) => [o.companyName, o.input.comp]));
    const northwind = byName.get("Northwind Robotics")!;
    expect(northwind.equity?.[0]).toMatchObject({ kind: "rsu", schedule: "4y-cliff-monthly" });
    expect(northwind.signOn?.[0]?.clawback).toEqual({ kind: "prorated", months: 12 });
    const wicklow = byName.get("Wicklow Logistics")!;
    expect(wicklow.equity?.[0]).toMatchObject({ kind: "rsu", schedule: "5-15-40-40" });
    expect(wicklow.signOn?.map((s) => s.year)).toEqual([1, 2]);
    const lumen = byName.get("Lumen Data")!;
    expect(lumen.equity?.[0]?.kind).toBe("option");
    expect(lumen.outlook?.kind).toBe("exits");
  });

  it("tell the story the sample is for: different first years, a back-loaded grant, options priced as a bet", () => {
    const projected = new Map(
      offers.map((o) => [o.companyName, projectComp(compInputSchema.parse(o.input.comp))] as const),
    );
    const year = (name: string, y: number) => projected.get(name)!.years[y - 1]!;
    // The public company pays most in year 1; the ask at Lumen leans on that.
    expect(year("Northwind Robotics", 1).total).toBeGreaterThan(year("Lumen Data", 1).total);
    expect(year("Lumen Data", 1).total).toBeGreaterThan(year("Wicklow Logistics", 1).total);
    // 5/15/40/40: years 3 and 4 vest 40% each, years 1 and 2 only 5% and 15%; the sign-ons fill the gap.
    const wicklow = [1, 2, 3, 4].map((y) => year("Wicklow Logistics", y));
    expect(wicklow[2]!.equity).toBeGreaterThan(2 * wicklow[1]!.equity);
    expect(wicklow[0]!.signOn).toBeGreaterThan(0);
    expect(wicklow[1]!.signOn).toBeGreaterThan(0);
    // The startup's exits give low / expected / high cases.
    expect(projected.get("Lumen Data")!.scenarios).not.toBeNull();
    for (const p of projected.values()) expect(p.notes).toEqual([]);
  });

  it("log one ask, on an offer being negotiated", () => {
    const events = offers.flatMap((o) => o.negotiation.map((e) => ({ ...e, offer: o })));
    expect(events.map((e) => e.kind)).toEqual(["ask"]);
    expect(events[0]!.offer.input.status).toBe("negotiating");
    expect(offers.filter((o) => o.negotiation.length === 0).every((o) => o.input.status === "open")).toBe(true);
  });

  it("property: arrive the day the card moved to Offer, talk no later than today, start after the deadline", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        (seed, at) => {
          const sample = sampleSearch(at, seededRandom(seed));
          const today = at.toISOString().slice(0, 10);
          for (const offer of sampleOffers(sample, at)) {
            const app = sample.applications.find((a) => a.companyName === offer.companyName)!;
            const { receivedOn, startDate } = offer.input;
            expect(receivedOn).toBe(app.history.at(-1)!.at.slice(0, 10));
            expect(receivedOn! <= today).toBe(true);
            for (const event of offer.negotiation) {
              expect(event.on >= receivedOn! && event.on <= today, `${event.on} in ${receivedOn}..${today}`).toBe(true);
            }
            expect(startDate! > app.input.offerDeadline!).toBe(true);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it("is deterministic for a search", () => {
    expect(sampleOffers(sampleSearch(NOW, seededRandom(1)), NOW)).toEqual(offers);
  });
});
