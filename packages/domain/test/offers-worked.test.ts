import { describe, expect, it } from "vitest";
import {
  compInputSchema,
  projectComp,
  projectionToMajor,
  type CompInputJson,
  type Projection,
  type ScheduleInput,
} from "../src/index.js";

/** Projects a JSON input as the API would, answering major units. */
function project(input: CompInputJson): Projection {
  return projectionToMajor(projectComp(compInputSchema.parse(input)));
}

/** `shares` RSUs at 1.00 on `schedule` and nothing else: the vesting alone. */
const vestingOnly = (shares: number, schedule: ScheduleInput): Projection =>
  project({ currency: "USD", base: 0, equity: [{ kind: "rsu", shares, sharePrice: 1, schedule }] });

const pick = (p: Projection, field: "base" | "bonus" | "signOn" | "equity" | "other" | "total") =>
  p.years.map((year) => year[field]);

/** 4,800 RSUs at 50.00 (a 240,000 grant), base 180,000, 15% bonus, 30,000 sign-on prorated over 12 months. */
const offer = (schedule: ScheduleInput): CompInputJson => ({
  currency: "USD",
  base: 180_000,
  bonusTargetPercent: 15,
  signOn: [{ amount: 30_000, clawback: { kind: "prorated", months: 12 } }],
  equity: [{ kind: "rsu", shares: 4_800, sharePrice: 50, schedule }],
});

describe("worked examples", () => {
  it("a 4y-cliff-monthly grant with a prorated sign-on and a 15% bonus", () => {
    const p = project(offer("4y-cliff-monthly"));
    // bonus 180,000 × 15% = 27,000 every year. Month 12 vests 4,800 × 12/48 = 1,200 shares
    // (1,200 × 50 = 60,000); months 13..48 vest 100 shares (5,000) each: 60,000 in each of years 2-4.
    // Year 1 = 180,000 + 27,000 + 30,000 + 60,000 = 297,000; years 2-4 = 267,000; the steady
    // year 5 has no equity left: 207,000.
    expect(pick(p, "base")).toEqual([180_000, 180_000, 180_000, 180_000, 180_000]);
    expect(pick(p, "bonus")).toEqual([27_000, 27_000, 27_000, 27_000, 27_000]);
    expect(pick(p, "signOn")).toEqual([30_000, 0, 0, 0, 0]);
    expect(pick(p, "equity")).toEqual([60_000, 60_000, 60_000, 60_000, 0]);
    expect(pick(p, "total")).toEqual([297_000, 267_000, 267_000, 267_000, 207_000]);
    expect(p.years.map((year) => year.steady)).toEqual([false, false, false, false, true]);
    expect(p.cumulative.map((year) => year.total)).toEqual([297_000, 564_000, 831_000, 1_098_000]);
    // Annualized: 180,000 + 240,000 / 4 + 27,000 + 30,000 / 4 = 274,500 = 1,098,000 / 4.
    expect(p.annualized).toBe(274_500);
    expect(p.vestingEvents[0]).toEqual({ month: 12, source: "equity.0", shares: 1_200, value: 60_000 });
    expect(p.vestingEvents[1]).toEqual({ month: 13, source: "equity.0", shares: 100, value: 5_000 });
    expect(p.vestingEvents).toHaveLength(37);
    // Clawback: 30,000 × (12 − m) / 12 when leaving at the end of month m: 30,000, 27,500, ..., 2,500, then 0.
    expect(p.clawback).toHaveLength(13);
    expect(p.clawback[0]).toEqual({ month: 0, owed: 30_000 });
    expect(p.clawback[1]).toEqual({ month: 1, owed: 27_500 });
    expect(p.clawback[5]).toEqual({ month: 5, owed: 17_500 });
    expect(p.clawback[11]).toEqual({ month: 11, owed: 2_500 });
    expect(p.clawback[12]).toEqual({ month: 12, owed: 0 });
    expect(p.notes).toEqual([]);
    expect(p.scenarios).toBeNull();
  });

  it("the same grant on 5-15-40-40 pays 48,000 less in year 1 and catches up in years 3-4", () => {
    const cliff = project(offer("4y-cliff-monthly"));
    const back = project(offer("5-15-40-40"));
    // 5% at month 12 = 240 shares (12,000); 15% at month 24 = 720 shares (36,000); 20% at months
    // 30, 36, 42, 48 = 960 shares (48,000) each: 96,000 in each of years 3 and 4.
    expect(pick(back, "equity")).toEqual([12_000, 36_000, 96_000, 96_000, 0]);
    expect(pick(back, "total")).toEqual([249_000, 243_000, 303_000, 303_000, 207_000]);
    expect(cliff.years[0]!.total - back.years[0]!.total).toBe(48_000);
    // Same four-year money, same headline: (249 + 243 + 303 + 303) × 1,000 / 4 = 274,500.
    expect(back.cumulative[3]!.total).toBe(cliff.cumulative[3]!.total);
    expect(back.annualized).toBe(274_500);
  });

  it("an underwater option grant is worth nothing, costs its strike to exercise, and a note says so", () => {
    const p = project({
      currency: "USD",
      base: 120_000,
      equity: [
        {
          kind: "option",
          shares: 10_000,
          strike: 3,
          sharePrice: 2,
          schedule: "4y-cliff-monthly",
          exerciseWindowMonths: 3,
        },
      ],
    });
    // Spread max(0, 2.00 − 3.00) = 0: no equity; exercising all costs 10,000 × 3.00 = 30,000.
    expect(pick(p, "equity")).toEqual([0, 0, 0, 0, 0]);
    expect(p.options).toEqual([
      {
        source: "equity.0",
        shares: 10_000,
        strike: 3,
        sharePrice: 2,
        exerciseCost: 30_000,
        intrinsicValue: 0,
        underwater: true,
        exerciseWindowMonths: 3,
      },
    ]);
    expect(p.vestingEvents[0]).toEqual({ month: 12, source: "equity.0", shares: 2_500, value: 0 });
    expect(p.annualized).toBe(120_000);
    expect(p.notes).toHaveLength(1);
    expect(p.notes[0]).toContain("3.00 USD");
    expect(p.notes[0]).toContain("2.00 USD");
    expect(p.notes[0]).toContain("worth nothing");
  });

  it("a private company with three exit outcomes and a 30% risk discount", () => {
    const input: CompInputJson = {
      currency: "USD",
      base: 150_000,
      // 48,000 options at a 1.00 strike, 409A 2.00, 1,000 a month: 12,000 a year.
      equity: [{ kind: "option", shares: 48_000, strike: 1, sharePrice: 2, schedule: "4y-monthly-no-cliff" }],
      outlook: {
        kind: "exits",
        riskDiscountPercent: 30,
        outcomes: [
          { label: "fire sale", valuePerShare: 0.5, probability: 0.5 },
          { label: "decent", valuePerShare: 11, probability: 0.3 },
          { label: "great", valuePerShare: 26, probability: 0.2 },
        ],
      },
    };
    const p = project(input);
    // Main projection: spread 2.00 − 1.00 = 1.00 × 12,000 = 12,000 a year.
    expect(pick(p, "equity")).toEqual([12_000, 12_000, 12_000, 12_000, 0]);
    // Per year: fire sale 0 (below the strike), decent 12,000 × 10 = 120,000, great 12,000 × 25 =
    // 300,000. Expected (0.5 × 0 + 0.3 × 120,000 + 0.2 × 300,000) × 0.7 = 96,000 × 0.7 = 67,200.
    const s = p.scenarios!;
    expect(s.expected.equity).toEqual([67_200, 67_200, 67_200, 67_200]);
    expect(s.expected.total).toEqual([217_200, 217_200, 217_200, 217_200]);
    expect(s.expected.sum).toBe(868_800);
    expect(s.low.equity).toEqual([0, 0, 0, 0]);
    expect(s.low.sum).toBe(600_000);
    expect(s.high.equity).toEqual([300_000, 300_000, 300_000, 300_000]);
    expect(s.high.sum).toBe(1_800_000);
    expect(p.notes).toEqual([]);

    // Probabilities summing to 0.5 leave half the chances to failure: the low case is nothing even
    // though every outcome given pays, and expected halves: 0.5 × 300,000 × 0.7 = 105,000.
    const partial = project({
      ...input,
      outlook: { kind: "exits", riskDiscountPercent: 30, outcomes: [{ valuePerShare: 26, probability: 0.5 }] },
    });
    expect(partial.scenarios!.low.equity).toEqual([0, 0, 0, 0]);
    expect(partial.scenarios!.expected.equity).toEqual([105_000, 105_000, 105_000, 105_000]);
    expect(partial.scenarios!.high.equity).toEqual([300_000, 300_000, 300_000, 300_000]);
    expect(partial.notes.join(" ")).toContain("50%");
  });

  it("1/48 written out 48 times vests exactly the grant, like the monthly preset", () => {
    const events = Array.from({ length: 48 }, (_, index) => ({ month: index + 1, fraction: 1 / 48 }));
    const custom = vestingOnly(1_000, { events });
    const preset = vestingOnly(1_000, "4y-monthly-no-cliff");
    // floor(1,000 × k / 48) − floor(1,000 × (k − 1) / 48): 1,000 = 48 × 20 + 40, so 40 events of 21
    // shares and 8 of 20, ending at exactly 1,000.
    const shares = custom.vestingEvents.map((event) => event.shares);
    expect(shares.reduce((sum, n) => sum + n, 0)).toBe(1_000);
    expect(shares.filter((n) => n === 21)).toHaveLength(40);
    expect(shares.filter((n) => n === 20)).toHaveLength(8);
    expect(shares.slice(0, 3)).toEqual([20, 21, 21]);
    expect(custom.vestingEvents).toEqual(preset.vestingEvents);
  });

  it("a 25% cliff then 1/48 written out 36 times is accepted and vests like the cliff preset", () => {
    // 0.25 + 36 × (1/48) is 1 only within float rounding: the schema's tolerance accepts it.
    const events = [
      { month: 12, fraction: 0.25 },
      ...Array.from({ length: 36 }, (_, index) => ({ month: 13 + index, fraction: 1 / 48 })),
    ];
    const custom = vestingOnly(4_800, { events });
    const preset = vestingOnly(4_800, "4y-cliff-monthly");
    // 4,800 shares: 1,200 at the cliff, then 100 a month for 36 months.
    expect(custom.vestingEvents[0]).toMatchObject({ month: 12, shares: 1_200 });
    expect(custom.vestingEvents.slice(1).every((event) => event.shares === 100)).toBe(true);
    expect(custom.vestingEvents).toEqual(preset.vestingEvents);
  });

  it("a JPY offer: no minor unit, shares from the grant value floored", () => {
    const p = project({
      currency: "JPY",
      base: 12_000_000,
      bonusTargetPercent: 10,
      // 500,000.4 yen rounds to 500,000: JPY has no minor unit.
      signOn: [{ amount: 500_000.4 }],
      // floor(8,000,000 / 3,333) = 2,400 shares (7,999,200 yen); 600 at month 12 (1,999,800),
      // then 150 a quarter (499,950): 1,999,800 a year.
      equity: [{ kind: "rsu", grantValue: 8_000_000, sharePrice: 3_333, schedule: "4y-cliff-quarterly" }],
    });
    expect(p.currency).toBe("JPY");
    expect(pick(p, "equity")).toEqual([1_999_800, 1_999_800, 1_999_800, 1_999_800, 0]);
    expect(pick(p, "bonus")[0]).toBe(1_200_000);
    // 12,000,000 + 1,200,000 + 500,000 + 1,999,800.
    expect(p.years[0]!.total).toBe(15_699_800);
    // 12,000,000 + 7,999,200 / 4 + 1,200,000 + 500,000 / 4 = 15,324,800.
    expect(p.annualized).toBe(15_324_800);
    expect(p.vestingEvents[1]).toEqual({ month: 15, source: "equity.0", shares: 150, value: 499_950 });
    expect(p.clawback).toEqual([]);
  });

  it("raises, a prorated first bonus, retirement match, other pay, relocation and refreshers", () => {
    const p = project({
      currency: "EUR",
      base: 100_000,
      raises: [
        { year: 2, percent: 3 },
        { year: 3, percent: 3 },
      ],
      bonusTargetPercent: 10,
      bonusFirstYearFraction: 0.5,
      retirementMatch: { percent: 6, cap: 5_000 },
      otherYearly: [{ label: "Gym", amount: 1_200 }],
      relocation: 10_000,
      refreshers: { annualValue: 20_000, startYear: 2, schedule: "4y-monthly-no-cliff" },
    });
    // Base 100,000, then × 1.03 = 103,000, then × 1.03 = 106,090 (kept from year 3 on).
    expect(pick(p, "base")).toEqual([100_000, 103_000, 106_090, 106_090, 106_090]);
    // Bonus 10% of base; year 1 half: 5,000.
    expect(pick(p, "bonus")).toEqual([5_000, 10_300, 10_609, 10_609, 10_609]);
    // Match min(6% of base, 5,000) = 5,000, + 1,200 a year, + 10,000 relocation in year 1.
    expect(pick(p, "other")).toEqual([16_200, 6_200, 6_200, 6_200, 6_200]);
    // A 20,000 refresher each year from year 2 vests a quarter a year: 5,000, 10,000, 15,000, and
    // 20,000 in the steady year when four grants overlap.
    expect(pick(p, "equity")).toEqual([0, 5_000, 10_000, 15_000, 20_000]);
    expect(p.vestingEvents[0]!.source).toBe("refresher.2");
    expect(p.vestingEvents[0]!.month).toBe(13);
    // Refreshers are not in the headline: 100,000 + 10,000 (full bonus).
    expect(p.annualized).toBe(110_000);
    expect(p.notes).toEqual([]);
  });

  it("a growing share price values each event at its month's price", () => {
    const p = project({
      currency: "USD",
      base: 0,
      priceGrowthPercent: 10,
      equity: [
        {
          kind: "rsu",
          shares: 100,
          sharePrice: 100,
          schedule: {
            events: [
              { month: 12, fraction: 0.5 },
              { month: 24, fraction: 0.5 },
            ],
          },
        },
      ],
      outlook: { kind: "growth", lowPercent: -50, expectedPercent: 0, highPercent: 20 },
    });
    // 50 shares at 100 × 1.1 = 110 (5,500), then 50 at 100 × 1.21 = 121 (6,050).
    expect(pick(p, "equity")).toEqual([5_500, 6_050, 0, 0, 0]);
    // The headline stays at the grant price: 10,000 over 2 years.
    expect(p.annualized).toBe(5_000);
    // Low: 50 × 50 = 2,500 then 50 × 25 = 1,250; expected flat: 5,000 twice; high: 6,000, 7,200.
    expect(p.scenarios!.low.equity).toEqual([2_500, 1_250, 0, 0]);
    expect(p.scenarios!.expected.equity).toEqual([5_000, 5_000, 0, 0]);
    expect(p.scenarios!.high.equity).toEqual([6_000, 7_200, 0, 0]);
  });

  it("a grant in money with no share price vests at face value, and a later sign-on starts its own clock", () => {
    const p = project({
      currency: "USD",
      base: 0,
      years: 3,
      signOn: [
        { amount: 10_000, clawback: { kind: "full", months: 6 } },
        { amount: 6_000, year: 2, clawback: { kind: "prorated", months: 12 } },
      ],
      equity: [{ kind: "rsu", grantValue: 48_000, schedule: "4y-cliff-monthly" }],
    });
    // 48,000 = 4,800,000 cents; 12,000 at month 12, then 1,000 a month.
    expect(pick(p, "equity")).toEqual([12_000, 12_000, 12_000, 12_000]);
    expect(p.vestingEvents[0]).toEqual({ month: 12, source: "equity.0", shares: 1_200_000, value: 12_000 });
    expect(pick(p, "signOn")).toEqual([10_000, 6_000, 0, 0]);
    // Full 10,000 for months 0-5, nothing in 6-11 (the year-2 sign-on is not paid yet), then
    // 6,000 × (12 − e) / 12 from month 12: 6,000, 5,500, ..., 500 at month 23, 0 at 24.
    const owed = p.clawback.map((point) => point.owed);
    expect(owed.slice(0, 7)).toEqual([10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 0]);
    expect(owed.slice(11, 14)).toEqual([0, 6_000, 5_500]);
    expect(p.clawback.at(-2)).toEqual({ month: 23, owed: 500 });
    expect(p.clawback.at(-1)).toEqual({ month: 24, owed: 0 });
    expect(p.notes).toEqual([
      "equity.0 is a grant in money with no share price: it vests as money, at face value.",
      "equity.0 vests until month 48: 25% of it vests after year 3, outside the 3-year totals.",
    ]);
  });

  it("says when refreshers have not built up by the steady year, or start after it", () => {
    const late = project({ currency: "USD", base: 1, refreshers: { annualValue: 48_000, startYear: 4 } });
    // Granted at months 36 and 48 on 4y-monthly-no-cliff: 12,000 a year each; two overlap in year 5.
    expect(pick(late, "equity")).toEqual([0, 0, 0, 12_000, 24_000]);
    expect(late.notes).toEqual([
      "Refreshers build up: they reach their full yearly rate in year 7, after the steady year (5) shown.",
    ]);
    const after = project({ currency: "USD", base: 1, refreshers: { annualValue: 48_000, startYear: 6 } });
    expect(pick(after, "equity")).toEqual([0, 0, 0, 0, 0]);
    expect(after.vestingEvents).toEqual([]);
    expect(after.notes).toEqual(["Refreshers start in year 6, after the projected years: they are not counted."]);
    // From year 1 they are in full flow by year 4: no note (refreshers are money grants by design).
    const early = project({ currency: "USD", base: 1, refreshers: { annualValue: 48_000, startYear: 1 } });
    expect(pick(early, "equity")).toEqual([12_000, 24_000, 36_000, 48_000, 48_000]);
    expect(early.notes).toEqual([]);
  });

  it("prices shares given with a grant value and no share price at grantValue / shares", () => {
    const p = project({
      currency: "USD",
      base: 0,
      // 100,000 over 3,000 shares = 33.333... a share; month 12 vests 750 shares = 25,000.
      equity: [{ kind: "rsu", shares: 3_000, grantValue: 100_000, schedule: "4y-cliff-quarterly" }],
    });
    expect(p.vestingEvents[0]).toEqual({ month: 12, source: "equity.0", shares: 750, value: 25_000 });
    // Months 15..48 vest 187.5 → floored cumulative 187, 188, 187, 188 ... shares: 6,233.33 or 6,266.67.
    expect(p.vestingEvents[1]).toEqual({ month: 15, source: "equity.0", shares: 187, value: 6_233.33 });
    expect(p.vestingEvents[2]).toEqual({ month: 18, source: "equity.0", shares: 188, value: 6_266.67 });
    expect(pick(p, "equity").slice(0, 4)).toEqual([25_000, 25_000, 25_000, 25_000]);
    expect(p.annualized).toBe(25_000);
  });
});
