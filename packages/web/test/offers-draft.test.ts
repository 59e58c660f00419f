import { compInputSchema, projectComp, type CompInputJson, type Offer } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { customScheduleSum, draftSchedule, draftToComp, draftToFields } from "../src/features/offers/draft-to-comp";
import { emptyDraft, emptyGrant, emptySignOn, offerToDraft, type OfferDraft } from "../src/features/offers/offer-draft";
import { compIssues, draftErrors } from "../src/features/offers/offer-errors";

function offerWith(comp: CompInputJson, extra: Partial<Offer> = {}): Offer {
  return {
    id: "o1",
    applicationId: "a1",
    companyName: "Acme",
    roleTitle: "Backend Engineer",
    tier: 1,
    stage: "offer",
    comp,
    status: "negotiating",
    level: "L5",
    title: null,
    location: "Berlin",
    startDate: "2027-01-04",
    receivedOn: null,
    deadline: "2026-12-01",
    exchangeRate: 1.08,
    scores: {},
    notes: "Call **Dana**",
    redFlags: [],
    negotiation: { events: 0, asks: 0 },
    createdAt: "2026-11-20T10:00:00.000Z",
    updatedAt: "2026-11-20T10:00:00.000Z",
    ...extra,
  } as Offer;
}

/** Every part of the model used once, so a field the form drops or mangles changes the figures. */
const RICH: CompInputJson = {
  currency: "EUR",
  base: 150_000,
  raises: [{ year: 3, percent: 5 }],
  bonusTargetPercent: 15,
  bonusFirstYearFraction: 0.5,
  signOn: [
    { amount: 20_000, year: 1, clawback: { kind: "prorated", months: 12 } },
    { amount: 10_000, year: 2, clawback: { kind: "full", months: 24 } },
  ],
  equity: [
    { kind: "rsu", grantValue: 200_000, schedule: "33-33-22-12" },
    { kind: "rsu", label: "Promotion", shares: 300, sharePrice: 120, schedule: "4y-cliff-quarterly" },
    {
      kind: "option",
      shares: 10_000,
      strike: 2,
      sharePrice: 9,
      exerciseWindowMonths: 90,
      schedule: {
        events: [
          { month: 12, fraction: 0.1 },
          { month: 24, fraction: 0.2 },
          { month: 36, fraction: 0.3 },
          { month: 48, fraction: 0.4 },
        ],
      },
    },
  ],
  refreshers: { annualValue: 40_000, startYear: 2, schedule: "4y-monthly-no-cliff" },
  retirementMatch: { percent: 4, cap: 8_000 },
  otherYearly: [{ label: "Stipend", amount: 1_200 }],
  relocation: 7_500,
  priceGrowthPercent: 3,
  outlook: {
    kind: "exits",
    outcomes: [
      { label: "IPO", valuePerShare: 30, probability: 0.2 },
      { valuePerShare: 8, probability: 0.5 },
    ],
    riskDiscountPercent: 25,
  },
};

describe("offer form mapping", () => {
  it("gives back the comp it was opened with, so editing an offer changes nothing by itself", () => {
    const draft = offerToDraft(offerWith(RICH));
    const again = compInputSchema.parse(draftToComp(draft));
    expect(again).toEqual(compInputSchema.parse(RICH));
    expect(projectComp(again)).toEqual(projectComp(compInputSchema.parse(RICH)));
  });

  it("keeps the offer's facts, and sends cleared text as null", () => {
    const draft = offerToDraft(offerWith(RICH));
    expect(draft).toMatchObject({
      level: "L5",
      location: "Berlin",
      deadline: "2026-12-01",
      exchangeRate: 1.08,
      status: "negotiating",
    });
    const fields = draftToFields({ ...draft, level: "  ", exchangeRate: "", notes: "" });
    expect(fields).toMatchObject({
      level: null,
      exchangeRate: null,
      notes: null,
      location: "Berlin",
      startDate: "2027-01-04",
    });
  });

  it("leaves out the empty first sign-on and grant, and zero amounts", () => {
    const draft: OfferDraft = { ...emptyDraft("a1", "USD"), base: 120_000, relocation: 0 };
    expect(draftToComp(draft)).toEqual({ currency: "USD", base: 120_000 });
  });

  it("reads an RSU grant given as shares × price, and options with their strike", () => {
    const draft: OfferDraft = {
      ...emptyDraft("a1", "USD"),
      base: 100_000,
      grants: [
        { ...emptyGrant(), by: "shares", shares: 1_000, sharePrice: 50, grantValue: 999 },
        { ...emptyGrant(), kind: "option", shares: 5_000, strike: 1.5, sharePrice: 1, schedule: "40-30-20-10" },
      ],
    };
    expect(draftToComp(draft).equity).toEqual([
      { kind: "rsu", label: undefined, shares: 1_000, sharePrice: 50, schedule: "4y-cliff-monthly" },
      {
        kind: "option",
        label: undefined,
        shares: 5_000,
        strike: 1.5,
        sharePrice: 1,
        exerciseWindowMonths: undefined,
        schedule: "40-30-20-10",
      },
    ]);
  });
});

describe("custom vesting schedules", () => {
  it("sums the percents and says when they make a whole grant", () => {
    expect(
      customScheduleSum([
        { month: 12, percent: 25 },
        { month: 24, percent: 50 },
      ]),
    ).toEqual({ sum: 75, complete: false });
    expect(
      customScheduleSum([
        { month: 12, percent: 60 },
        { month: 24, percent: 40 },
      ]).complete,
    ).toBe(true);
  });

  it("turns 48 rows of 2.0833% into fractions the model accepts as one whole grant", () => {
    const rows = Array.from({ length: 48 }, (_, index) => ({ month: index + 1, percent: 2.0833 }));
    const schedule = draftSchedule("custom", rows);
    if (typeof schedule === "string") throw new Error("expected a custom schedule");
    const total = schedule.events.reduce((sum, event) => sum + event.fraction, 0);
    expect(total).toBeCloseTo(1, 9);
    const comp = {
      ...draftToComp({ ...emptyDraft("a1"), base: 1 }),
      equity: [{ kind: "rsu" as const, grantValue: 48_000, schedule }],
    };
    expect(compInputSchema.safeParse(comp).success).toBe(true);
  });

  it("sends an incomplete schedule as typed, so the model names the sum", () => {
    const schedule = draftSchedule("custom", [
      { month: 12, percent: 50 },
      { month: 24, percent: "" },
      { month: 36, percent: 30 },
    ]);
    expect(schedule).toEqual({
      events: [
        { month: 12, fraction: 0.5 },
        { month: 36, fraction: 0.3 },
      ],
    });
  });
});

describe("field errors", () => {
  it("puts the model's complaint on the draft's own entry when an empty one was left out", () => {
    const draft: OfferDraft = {
      ...emptyDraft("a1", "USD"),
      base: 100_000,
      signOns: [emptySignOn(), { amount: 5_000, year: 1, clawback: "full", clawbackMonths: "" }],
    };
    const parsed = compInputSchema.safeParse(draftToComp(draft));
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(draftErrors(compIssues(parsed.error), draft)).toEqual({
      "signOns.1.clawbackMonths": "Is required for a full or prorated clawback",
    });
  });

  it("maps the server's dotted paths onto the form's fields", () => {
    const draft: OfferDraft = {
      ...emptyDraft("a1", "USD"),
      grants: [emptyGrant(), { ...emptyGrant(), grantValue: 10 }, { ...emptyGrant(), grantValue: 20 }],
    };
    expect(
      draftErrors(
        {
          "comp.equity.1.schedule.events": "fractions must sum to 1",
          "comp.base": "cannot be negative",
          "comp.bonusFirstYearFraction": "at most 1",
          "comp.retirementMatch.cap": "is too large",
          deadline: "must be a date as YYYY-MM-DD",
        },
        draft,
      ),
    ).toEqual({
      "grants.2.schedule": "Fractions must sum to 1",
      base: "Cannot be negative",
      bonusFirstYearPercent: "At most 1",
      retirementCap: "Is too large",
      deadline: "Must be a date as YYYY-MM-DD",
    });
  });
});
