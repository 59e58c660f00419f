import { addDaysToDate, daysBetweenDates } from "../time-zones.js";
import type { SampleSearch } from "../pipeline/sample-search.js";
import type { CompInputJson } from "./comp-input.js";
import type { NegotiationEventInput, OfferInput } from "./records.js";

/** One offer of the sample search, naming its application by company (the sample has one per company). */
export interface SampleOffer {
  companyName: string;
  /** As a user would send it: the comp as entered (the loader validates it, filling defaults). */
  input: Omit<OfferInput, "applicationId" | "deadline" | "comp"> & { comp: CompInputJson };
  /** Talk only: the sample's numbers have not moved yet. */
  negotiation: Omit<NegotiationEventInput, "after">[];
}

interface Terms {
  comp: CompInputJson;
  status?: OfferInput["status"];
  scores: OfferInput["scores"];
  notes: string;
  /** Days from the offer's arrival to the start date. */
  startsAfterDays: number;
  /** What was said after it arrived, a day apart from the day after it came. */
  negotiation?: Omit<NegotiationEventInput, "on" | "after">[];
}

// Invented terms for the sample's invented companies, three shapes a search really meets:
// a public company's RSUs, a big employer's back-loaded grant bridged by sign-ons, a startup's options.
const TERMS: Record<string, Terms> = {
  "Northwind Robotics": {
    comp: {
      currency: "USD",
      base: 198_000,
      bonusTargetPercent: 10,
      bonusFirstYearFraction: 0.5,
      signOn: [{ amount: 40_000, year: 1, clawback: { kind: "prorated", months: 12 } }],
      equity: [{ kind: "rsu", label: "New-hire RSUs", shares: 2_400, sharePrice: 133.5, schedule: "4y-cliff-monthly" }],
      refreshers: { annualValue: 60_000, startYear: 2, schedule: "4y-monthly-no-cliff" },
      retirementMatch: { percent: 4, cap: 9_200 },
      otherYearly: [{ label: "Commuter and wellness stipends", amount: 2_400 }],
      relocation: 10_000,
      outlook: { kind: "growth", lowPercent: -20, expectedPercent: 6, highPercent: 22 },
      years: 4,
    },
    scores: { level: 4, growth: 4, team_manager: 4, work_style: 3, commute_remote: 2 },
    notes:
      "Public company. The sign-on is **clawed back pro rata** if I leave in the first 12 months.\n\n" +
      "On-call one week in six (from the hiring manager).",
    startsAfterDays: 32,
  },
  "Lumen Data": {
    comp: {
      currency: "USD",
      base: 185_000,
      signOn: [{ amount: 15_000, year: 1, clawback: { kind: "full", months: 12 } }],
      equity: [
        {
          kind: "option",
          label: "ISOs",
          shares: 40_000,
          strike: 4.1,
          sharePrice: 11.25,
          schedule: "4y-cliff-monthly",
          exerciseWindowMonths: 3,
        },
      ],
      otherYearly: [{ label: "Home office and learning budget", amount: 2_500 }],
      outlook: {
        kind: "exits",
        outcomes: [
          { label: "Shuts down", valuePerShare: 0, probability: 0.25 },
          { label: "Acqui-hire", valuePerShare: 2, probability: 0.3 },
          { label: "Good acquisition", valuePerShare: 18, probability: 0.35 },
          { label: "IPO", valuePerShare: 60, probability: 0.1 },
        ],
        riskDiscountPercent: 30,
      },
      years: 4,
    },
    status: "negotiating",
    scores: { level: 3, growth: 4, team_manager: 4, work_style: 4, commute_remote: 4 },
    notes:
      "Series C. Options at a $4.10 strike; the last preferred price is $11.25. **90 days** to exercise after leaving.",
    startsAfterDays: 24,
    negotiation: [
      {
        channel: "call",
        kind: "ask",
        asked:
          "Told Lena I'm excited about the team and have another offer with a higher first year. " +
          "Asked whether there is flexibility on base or the option grant.",
        response: "She will take it to the comp team and come back by the end of the week.",
      },
    ],
  },
  "Wicklow Logistics": {
    comp: {
      currency: "USD",
      base: 152_000,
      signOn: [
        { amount: 38_000, year: 1, clawback: { kind: "prorated", months: 12 } },
        { amount: 30_000, year: 2, clawback: { kind: "prorated", months: 12 } },
      ],
      equity: [{ kind: "rsu", label: "RSUs", grantValue: 150_000, sharePrice: 187.5, schedule: "5-15-40-40" }],
      retirementMatch: { percent: 3 },
      relocation: 7_500,
      outlook: { kind: "growth", lowPercent: -15, expectedPercent: 5, highPercent: 18 },
      years: 4,
    },
    scores: { level: 2, growth: 2, team_manager: 3, work_style: 2, commute_remote: 1 },
    notes: "The grant vests **5/15/40/40**; the two sign-ons bridge years 1 and 2. Five days a week in the office.",
    startsAfterDays: 28,
  },
};

/**
 * The offers of the sample search: one per application it has at the Offer stage, received the
 * day the card moved there, starting a few weeks later. Deterministic for a given search.
 */
export function sampleOffers(search: SampleSearch, now: Date): SampleOffer[] {
  const today = now.toISOString().slice(0, 10);
  return search.applications.flatMap((app) => {
    const entered = app.history.at(-1)!;
    const terms = TERMS[app.companyName];
    if (entered.stage !== "offer" || !terms) return [];
    const receivedOn = entered.at.slice(0, 10);
    // The first exchange is the day after the offer came, or today when it came today.
    const firstTalk = daysBetweenDates(receivedOn, today) >= 1 ? addDaysToDate(receivedOn, 1) : today;
    return [
      {
        companyName: app.companyName,
        input: {
          comp: terms.comp,
          status: terms.status ?? "open",
          level: app.input.level ?? null,
          title: app.input.roleTitle,
          location: app.input.location ?? null,
          receivedOn,
          startDate: addDaysToDate(receivedOn, terms.startsAfterDays),
          scores: terms.scores,
          notes: terms.notes,
        },
        negotiation: (terms.negotiation ?? []).map((event) => ({ ...event, on: firstTalk })),
      },
    ];
  });
}
