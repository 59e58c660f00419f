import { compInputSchema, VESTING_PRESETS, type CompInputJson, type ScheduleInput } from "@loopwise/domain";
import fc from "fast-check";

/*
 * Random compensations as a user may enter them: every optional part present or not, presets and
 * custom schedules whose fractions sum to 1 in floating point, amounts whole or fractional. Each
 * one passes `compInputSchema`; the final filter only guards the generator against itself.
 */

const PRESETS = Object.keys(VESTING_PRESETS) as (keyof typeof VESTING_PRESETS)[];

/** Money in major units: whole amounts mostly, cents and odd fractions sometimes; never -0. */
export const amountArbitrary = fc
  .oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 5_000_000 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100) },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 1_000_000_000, noNaN: true, noDefaultInfinity: true }) },
  )
  .map((value) => (Object.is(value, -0) ? 0 : value));

const label = fc
  .oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }), fc.constantFrom("Grant ‘A’", "Zoë's =1+1"))
  .filter((s) => s.trim().length > 0 && s.length <= 80 && !s.includes("\0"));

const percent = (max: number) => fc.oneof(fc.integer({ min: 0, max }), fc.double({ min: 0, max, noNaN: true }));

/** A custom schedule inside the first two years (so it fits any projection length). */
const customSchedule = fc.uniqueArray(fc.integer({ min: 1, max: 24 }), { minLength: 1, maxLength: 8 }).chain((months) =>
  fc.array(fc.integer({ min: 1, max: 100 }), { minLength: months.length, maxLength: months.length }).map((weights) => {
    const sum = weights.reduce((a, b) => a + b, 0);
    const sorted = [...months].sort((a, b) => a - b);
    return { events: sorted.map((month, i) => ({ month, fraction: weights[i]! / sum })) };
  }),
);

export const scheduleArbitrary: fc.Arbitrary<ScheduleInput> = fc.oneof(fc.constantFrom(...PRESETS), customSchedule);

const clawback = fc.oneof(
  fc.constant({ kind: "none" as const }),
  fc.record({ kind: fc.constantFrom("full" as const, "prorated" as const), months: fc.integer({ min: 1, max: 60 }) }),
);

const equityGrant = fc.oneof(
  fc.record(
    { kind: fc.constant("rsu" as const), label, grantValue: amountArbitrary, schedule: scheduleArbitrary },
    { requiredKeys: ["kind", "grantValue", "schedule"] },
  ),
  fc.record({
    kind: fc.constant("rsu" as const),
    shares: fc.nat({ max: 1_000_000 }),
    sharePrice: amountArbitrary,
    schedule: scheduleArbitrary,
  }),
  fc.record(
    {
      kind: fc.constant("option" as const),
      label,
      shares: fc.nat({ max: 1_000_000 }),
      strike: amountArbitrary,
      sharePrice: amountArbitrary,
      schedule: scheduleArbitrary,
      exerciseWindowMonths: fc.integer({ min: 1, max: 120 }),
    },
    { requiredKeys: ["kind", "shares", "strike", "sharePrice", "schedule"] },
  ),
);

const outlook = fc.oneof(
  fc.record({
    kind: fc.constant("growth" as const),
    lowPercent: fc.integer({ min: -100, max: 1000 }),
    expectedPercent: fc.double({ min: -100, max: 1000, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
    highPercent: fc.integer({ min: -100, max: 1000 }),
  }),
  fc
    .record(
      {
        kind: fc.constant("exits" as const),
        outcomes: fc.array(
          fc.record(
            { label, valuePerShare: amountArbitrary, weight: fc.integer({ min: 0, max: 10 }) },
            { requiredKeys: ["valuePerShare", "weight"] },
          ),
          { minLength: 1, maxLength: 4 },
        ),
        riskDiscountPercent: percent(100),
      },
      { requiredKeys: ["kind", "outcomes"] },
    )
    .map(({ outcomes, ...rest }) => {
      // Probabilities summing to at most 1: weights over their sum plus some left for "nothing".
      const total = outcomes.reduce((sum, o) => sum + o.weight, 0) + 1;
      return { ...rest, outcomes: outcomes.map(({ weight, ...o }) => ({ ...o, probability: weight / total })) };
    }),
);

export const compArbitrary: fc.Arbitrary<CompInputJson> = fc
  .record(
    {
      currency: fc.constantFrom("USD", "EUR", "JPY", "CHF", "GBP"),
      base: amountArbitrary,
      raises: fc.array(fc.record({ year: fc.integer({ min: 1, max: 10 }), percent: percent(100) }), { maxLength: 3 }),
      bonusTargetPercent: percent(300),
      bonusFirstYearFraction: fc.double({ min: 0, max: 1, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
      signOn: fc.array(
        fc.record(
          { amount: amountArbitrary, year: fc.integer({ min: 1, max: 2 }), clawback },
          { requiredKeys: ["amount"] },
        ),
        { maxLength: 3 },
      ),
      equity: fc.array(equityGrant, { maxLength: 3 }),
      refreshers: fc.record(
        { annualValue: amountArbitrary, startYear: fc.integer({ min: 1, max: 10 }), schedule: scheduleArbitrary },
        { requiredKeys: ["annualValue"] },
      ),
      retirementMatch: fc.record({ percent: percent(100), cap: amountArbitrary }, { requiredKeys: ["percent"] }),
      otherYearly: fc.array(fc.record({ label, amount: amountArbitrary }), { maxLength: 3 }),
      relocation: amountArbitrary,
      priceGrowthPercent: fc.integer({ min: -100, max: 1000 }),
      outlook,
      years: fc.integer({ min: 1, max: 10 }),
    },
    { requiredKeys: ["currency", "base"] },
  )
  .filter((comp) => compInputSchema.safeParse(comp).success);
