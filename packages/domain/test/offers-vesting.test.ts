import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  cumulativeSchedule,
  customScheduleSchema,
  scheduleFractions,
  smallRatio,
  VESTING_PRESET_NAMES,
  VESTING_PRESETS,
  vestUnits,
  type ScheduleInput,
} from "../src/index.js";

/** Custom schedules the schema accepts: positive weights at increasing months, normalised to 1. */
const customSchedule: fc.Arbitrary<ScheduleInput> = fc
  .uniqueArray(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 60 })
  .chain((months) =>
    fc
      .array(fc.integer({ min: 1, max: 1_000 }), { minLength: months.length, maxLength: months.length })
      .map((weights) => {
        const total = weights.reduce((sum, weight) => sum + weight, 0);
        const sorted = [...months].sort((a, b) => a - b);
        return { events: sorted.map((month, index) => ({ month, fraction: weights[index]! / total })) };
      }),
  )
  .filter((schedule) => customScheduleSchema.safeParse(schedule).success);

/** n equal fractions 1/n: the classic case where float sums miss 1 by a hair. */
const equalSchedule: fc.Arbitrary<ScheduleInput> = fc
  .integer({ min: 1, max: 120 })
  .map((n) => ({ events: Array.from({ length: n }, (_, index) => ({ month: index + 1, fraction: 1 / n })) }));

const anySchedule = fc.oneof(fc.constantFrom(...VESTING_PRESET_NAMES), customSchedule, equalSchedule);
const units = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));

describe("vesting schedules", () => {
  it("every preset's parts sum to its denominator, at increasing months", () => {
    for (const name of VESTING_PRESET_NAMES) {
      const preset: { denominator: number; events: readonly { month: number; parts: number }[] } =
        VESTING_PRESETS[name];
      expect(
        preset.events.reduce((sum, event) => sum + event.parts, 0),
        name,
      ).toBe(preset.denominator);
      const months = preset.events.map((event) => event.month);
      expect(months, name).toEqual([...months].sort((a, b) => a - b));
      expect(new Set(months).size, name).toBe(months.length);
    }
  });

  it("the fractions of every preset and every accepted custom schedule sum to 1", () => {
    fc.assert(
      fc.property(anySchedule, (schedule) => {
        const sum = scheduleFractions(schedule).reduce((total, event) => total + event.fraction, 0);
        expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
        const { numerators, denominators } = cumulativeSchedule(schedule);
        expect(numerators.at(-1)).toBe(denominators.at(-1));
      }),
    );
  });

  it("vested shares never decrease, stay within one share of the exact share, and end at the grant", () => {
    fc.assert(
      fc.property(anySchedule, units, (schedule, n) => {
        const events = vestUnits(schedule, n, true);
        const fractions = scheduleFractions(schedule);
        expect(events.map((event) => event.month)).toEqual(fractions.map((event) => event.month));
        let vested = 0;
        let exact = 0;
        events.forEach((event, index) => {
          expect(Number.isSafeInteger(event.shares)).toBe(true);
          expect(event.shares).toBeGreaterThanOrEqual(0);
          vested += event.shares;
          exact += fractions[index]!.fraction;
          // Floored cumulative: never more than the exact cumulative share, never a share or more behind.
          if (n < 1e12) expect(Math.abs(vested - n * exact)).toBeLessThan(1 + n * 1e-9);
        });
        expect(vested).toBe(n);
      }),
    );
  });

  it("a custom schedule of 1/n written out n times vests like exact integer parts of n", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 10_000_000 }), (n, grant) => {
        const events = Array.from({ length: n }, (_, index) => ({ month: index + 1, fraction: 1 / n }));
        const vested = vestUnits({ events }, grant, true).map((event) => event.shares);
        const exact = vested.map((_, k) => Math.floor((grant * (k + 1)) / n) - Math.floor((grant * k) / n));
        expect(vested).toEqual(exact);
      }),
    );
  });

  it("refuses schedules whose fractions do not sum to 1, and accepts them within the tolerance", () => {
    const third = { events: [1, 2, 3].map((month) => ({ month, fraction: 0.333333 })) };
    expect(customScheduleSchema.safeParse(third).success).toBe(false);
    const close = { events: [1, 2, 3].map((month) => ({ month, fraction: 0.3333334 })) };
    expect(customScheduleSchema.safeParse(close).success).toBe(true);
    // Within the tolerance the sum may pass 1: the running share is capped, the last event completes it.
    const over = {
      events: [
        { month: 1, fraction: 1 },
        { month: 2, fraction: 0.0000005 },
      ],
    };
    expect(customScheduleSchema.safeParse(over).success).toBe(true);
    expect(vestUnits(over, 10, true)).toEqual([
      { month: 1, shares: 10 },
      { month: 2, shares: 0 },
    ]);
  });
});

describe("smallRatio", () => {
  it("reads running sums back as the fractions they stand for", () => {
    expect(smallRatio(0.05, 10_000, 1e-12)).toEqual([1, 20]);
    expect(smallRatio(0.05 + 0.15 + 0.2, 10_000, 1e-12)).toEqual([2, 5]);
    let sum = 0;
    for (let k = 1; k <= 48; k += 1) {
      sum += 1 / 48;
      const [p, q] = smallRatio(sum, 10_000, 1e-12)!;
      expect(p / q).toBe(k / 48);
    }
    expect(smallRatio(1, 10_000, 1e-12)).toEqual([1, 1]);
  });

  it("finds none for a fraction that is no small ratio", () => {
    expect(smallRatio(Math.PI / 10, 10_000, 1e-12)).toBeNull();
    expect(smallRatio(0.123456789, 10_000, 1e-12)).toBeNull();
  });
});
