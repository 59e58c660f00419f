import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compInputSchema,
  convertProjection,
  currencyExponent,
  projectComp,
  projectionToMajor,
  VESTING_PRESET_NAMES,
  type CompInput,
  type CompInputJson,
  type Projection,
  type ScheduleInput,
} from "../src/index.js";

const CURRENCIES = ["USD", "EUR", "JPY", "KWD"] as const;

/** An amount in major units with at most the currency's decimals, up to `max` major units. */
const amountIn = (currency: string, max: number) => {
  const scale = 10 ** currencyExponent(currency);
  return fc.integer({ min: 0, max: max * scale }).map((minor) => minor / scale);
};

/** A custom schedule whose last event is at `end`: positive weights normalised to 1. */
const customEndingAt = (end: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, end - 1) }), { maxLength: end > 1 ? 30 : 0 }).chain((months) => {
    const all = [...months.sort((a, b) => a - b), end];
    return fc
      .array(fc.integer({ min: 1, max: 100 }), { minLength: all.length, maxLength: all.length })
      .map((weights) => {
        const total = weights.reduce((sum, weight) => sum + weight, 0);
        return { events: all.map((month, index) => ({ month, fraction: weights[index]! / total })) };
      });
  });

/** Every preset ends at month 48; so do these custom schedules. */
const schedule48: fc.Arbitrary<ScheduleInput> = fc.oneof(fc.constantFrom(...VESTING_PRESET_NAMES), customEndingAt(48));
const scheduleAny: fc.Arbitrary<ScheduleInput> = fc.oneof(
  schedule48,
  fc.integer({ min: 1, max: 60 }).chain(customEndingAt),
);

/** Grants measured in whole shares at an exact price, or in money. */
const grant = (currency: string, schedule: fc.Arbitrary<ScheduleInput>) =>
  fc.oneof(
    fc.record({
      kind: fc.constant("rsu" as const),
      shares: fc.integer({ min: 0, max: 200_000 }),
      sharePrice: amountIn(currency, 1_000),
      schedule,
    }),
    fc.record({ kind: fc.constant("rsu" as const), grantValue: amountIn(currency, 2_000_000), schedule }),
    fc.record({
      kind: fc.constant("rsu" as const),
      grantValue: amountIn(currency, 2_000_000),
      sharePrice: amountIn(currency, 1_000),
      schedule,
    }),
    fc.record({
      kind: fc.constant("option" as const),
      shares: fc.integer({ min: 0, max: 500_000 }),
      strike: amountIn(currency, 50),
      sharePrice: amountIn(currency, 50),
      schedule,
    }),
  );

const clawback = fc.oneof(
  fc.constant(undefined),
  fc.record({ kind: fc.constant("none" as const) }),
  fc.record({ kind: fc.constantFrom("full" as const, "prorated" as const), months: fc.integer({ min: 1, max: 60 }) }),
);

const signOn = (currency: string, maxYear: number) =>
  fc.record(
    { amount: amountIn(currency, 200_000), year: fc.integer({ min: 1, max: maxYear }), clawback },
    { requiredKeys: ["amount", "year"] },
  );

function parse(json: CompInputJson): CompInput {
  return compInputSchema.parse(json);
}

/** Inputs the headline property covers: no refreshers, raises or other pay; a constant price; 4 years. */
const headlineInput = fc.constantFrom(...CURRENCIES).chain((currency) =>
  fc
    .record({
      currency: fc.constant(currency),
      base: amountIn(currency, 1_000_000),
      bonusTargetPercent: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
      signOn: fc.array(signOn(currency, 4), { maxLength: 3 }),
      equity: fc.array(grant(currency, schedule48), { maxLength: 4 }),
      years: fc.constant(4),
    })
    .map(parse),
);

/** Any input the schema accepts, with every part in play. */
const anyInput = fc
  .record({ currency: fc.constantFrom(...CURRENCIES), years: fc.integer({ min: 1, max: 6 }) })
  .chain(({ currency, years }) =>
    fc.record(
      {
        currency: fc.constant(currency),
        years: fc.constant(years),
        base: amountIn(currency, 1_000_000),
        raises: fc.array(
          fc.record({ year: fc.integer({ min: 1, max: 6 }), percent: fc.integer({ min: 0, max: 20 }) }),
          {
            maxLength: 3,
          },
        ),
        bonusTargetPercent: fc.integer({ min: 0, max: 100 }),
        bonusFirstYearFraction: fc.double({ min: 0, max: 1, noNaN: true }),
        signOn: fc.array(signOn(currency, years + 1), { maxLength: 3 }),
        equity: fc.array(grant(currency, scheduleAny), { maxLength: 3 }),
        refreshers: fc.record({
          annualValue: amountIn(currency, 100_000),
          startYear: fc.integer({ min: 1, max: 8 }),
          schedule: schedule48,
        }),
        retirementMatch: fc.record(
          { percent: fc.integer({ min: 0, max: 10 }), cap: amountIn(currency, 20_000) },
          { requiredKeys: ["percent"] },
        ),
        otherYearly: fc.array(fc.record({ label: fc.constant("Perk"), amount: amountIn(currency, 5_000) }), {
          maxLength: 2,
        }),
        relocation: amountIn(currency, 20_000),
        priceGrowthPercent: fc.integer({ min: -50, max: 50 }),
        outlook: fc.oneof(
          fc.record({
            kind: fc.constant("growth" as const),
            lowPercent: fc.integer({ min: -100, max: 0 }),
            expectedPercent: fc.integer({ min: 0, max: 20 }),
            highPercent: fc.integer({ min: 20, max: 100 }),
          }),
          fc.record({
            kind: fc.constant("exits" as const),
            outcomes: fc.array(
              fc.record({
                valuePerShare: amountIn(currency, 100),
                probability: fc.integer({ min: 0, max: 30 }).map((n) => n / 100),
              }),
              { minLength: 1, maxLength: 3 },
            ),
            riskDiscountPercent: fc.integer({ min: 0, max: 90 }),
          }),
        ),
      },
      {
        requiredKeys: ["currency", "years", "base"],
      },
    ),
  )
  .map((json) => compInputSchema.safeParse(json))
  .filter((result) => result.success)
  .map((result) => result.data!);

const FIELDS = ["base", "bonus", "signOn", "equity", "other"] as const;

/** Every money figure of a projection, by where it is, for round-trip checks. */
function moneyFigures(p: Projection): number[] {
  return [
    ...p.years.flatMap((year) => [...FIELDS.map((field) => year[field]), year.total]),
    ...p.cumulative.flatMap((year) => [...FIELDS.map((field) => year[field]), year.total]),
    p.annualized,
    ...p.vestingEvents.map((event) => event.value),
    ...p.options.flatMap((option) => [option.strike, option.sharePrice, option.exerciseCost, option.intrinsicValue]),
    ...p.clawback.map((point) => point.owed),
    ...(p.scenarios
      ? [p.scenarios.low, p.scenarios.expected, p.scenarios.high].flatMap((s) => [...s.equity, ...s.total, s.sum])
      : []),
  ];
}

describe("compensation model properties", () => {
  it("with no refreshers, raises or other pay and a constant price, years 1-4 average to the headline", () => {
    fc.assert(
      fc.property(headlineInput, (comp) => {
        const p = projectComp(comp);
        const mean = p.cumulative[3]!.total / 4;
        // The headline rounds each grant's quarter and the sign-on's quarter to the minor unit once
        // (everything else is the same integers): at most half a unit each.
        const bound = 0.5 * ((comp.equity?.length ?? 0) + 1);
        expect(Math.abs(mean - p.annualized)).toBeLessThanOrEqual(bound);
      }),
      { numRuns: 300 },
    );
  });

  it("totals are the sum of their parts, cumulative is the running sum, equity is its vesting events", () => {
    fc.assert(
      fc.property(anyInput, (comp) => {
        const p = projectComp(comp);
        expect(p.years).toHaveLength(comp.years + 1);
        expect(p.years.map((year) => year.steady)).toEqual(p.years.map((_, index) => index === comp.years));
        const running = { base: 0, bonus: 0, signOn: 0, equity: 0, other: 0, total: 0 };
        p.years.forEach((year, index) => {
          for (const field of [...FIELDS, "total"] as const) {
            expect(Number.isSafeInteger(year[field])).toBe(true);
            expect(year[field]).toBeGreaterThanOrEqual(0);
          }
          expect(year.total).toBe(year.base + year.bonus + year.signOn + year.equity + year.other);
          const vested = p.vestingEvents
            .filter((event) => Math.ceil(event.month / 12) === year.year)
            .reduce((sum, event) => sum + event.value, 0);
          expect(year.equity).toBe(vested);
          if (index < comp.years) {
            for (const field of [...FIELDS, "total"] as const) running[field] += year[field];
            expect(p.cumulative[index]).toEqual({ year: year.year, ...running });
          }
        });
        expect(p.cumulative).toHaveLength(comp.years);
        const months = p.vestingEvents.map((event) => event.month);
        expect(months).toEqual([...months].sort((a, b) => a - b));
        expect(Math.max(0, ...months)).toBeLessThanOrEqual((comp.years + 1) * 12);
        if (p.scenarios) {
          for (const s of [p.scenarios.low, p.scenarios.expected, p.scenarios.high]) {
            expect(s.equity).toHaveLength(comp.years);
            s.total.forEach((total, index) => {
              const year = p.years[index]!;
              expect(total - s.equity[index]!).toBe(year.total - year.equity);
            });
            expect(s.sum).toBe(s.total.reduce((sum, total) => sum + total, 0));
          }
          expect(p.scenarios.low.sum).toBeLessThanOrEqual(p.scenarios.high.sum);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the sign-on owed back only falls with the leaving month while no later sign-on is paid", () => {
    fc.assert(
      fc.property(anyInput, (comp) => {
        const p = projectComp(comp);
        const owed = p.clawback.map((point) => point.owed);
        expect(p.clawback.map((point) => point.month)).toEqual(owed.map((_, index) => index));
        if (owed.length > 0) expect(owed.at(-1)).toBe(0);
        if (owed.length > 1) expect(owed.at(-2)).toBeGreaterThan(0);
        // A sign-on is paid at the start of its year: from the last payment on, the curve only falls.
        const lastPaid = Math.max(0, ...(comp.signOn ?? []).map((signOn) => (signOn.year - 1) * 12));
        for (let month = lastPaid + 1; month < owed.length; month += 1) {
          expect(owed[month]!).toBeLessThanOrEqual(owed[month - 1]!);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("with every sign-on in year 1 the sign-on owed back never rises", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CURRENCIES).chain((currency) =>
          fc.record({
            currency: fc.constant(currency),
            base: fc.constant(1),
            signOn: fc.array(signOn(currency, 1), { maxLength: 5 }),
          }),
        ),
        (json) => {
          const owed = projectComp(parse(json)).clawback.map((point) => point.owed);
          owed.forEach((value, index) => {
            if (index > 0) expect(value).toBeLessThanOrEqual(owed[index - 1]!);
          });
          const total = (json.signOn ?? []).filter(
            (s) => s.clawback?.kind === "full" || s.clawback?.kind === "prorated",
          );
          if (total.some((s) => s.amount > 0)) expect(owed[0]).toBeGreaterThan(0);
        },
      ),
    );
  });

  it("converting at a rate and back at its inverse returns every figure within the rounding", () => {
    fc.assert(
      fc.property(
        anyInput,
        fc.constantFrom(...CURRENCIES),
        fc.double({ min: 0.001, max: 1_000, noNaN: true }),
        (comp, target, rate) => {
          const p = projectComp(comp);
          const there = convertProjection(p, rate, target);
          const back = convertProjection(there, 1 / rate, p.currency);
          expect(there.currency).toBe(target);
          expect(back.currency).toBe(p.currency);
          const scale = rate * 10 ** (currencyExponent(target) - currencyExponent(p.currency));
          const bound = 0.5 + 0.5 / scale + 1e-6;
          const before = moneyFigures(p);
          const after = moneyFigures(back);
          expect(after).toHaveLength(before.length);
          before.forEach((value, index) => expect(Math.abs(after[index]! - value)).toBeLessThanOrEqual(bound));
          // Share counts are not money.
          expect(there.vestingEvents.map((event) => event.shares)).toEqual(
            p.vestingEvents.map((event) => event.shares),
          );
          expect(there.notes).toEqual(p.notes);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("major units are minor units over the currency's exponent", () => {
    fc.assert(
      fc.property(anyInput, (comp) => {
        const p = projectComp(comp);
        const major = moneyFigures(projectionToMajor(p));
        const scale = 10 ** currencyExponent(p.currency);
        moneyFigures(p).forEach((value, index) => expect(Math.round(major[index]! * scale)).toBe(value));
      }),
      { numRuns: 100 },
    );
  });

  it("refuses a rate that is not a positive number", () => {
    const p = projectComp(parse({ currency: "USD", base: 1 }));
    for (const rate of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => convertProjection(p, rate, "EUR")).toThrow(/exchange rate/);
    }
  });
});
