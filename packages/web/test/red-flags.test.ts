import { RED_FLAGS, type RedFlag } from "@loopwise/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flagSet, sameFlags, visibleFlags } from "../src/features/interviews/red-flags";

const flags = fc.array(fc.constantFrom(...RED_FLAGS), { maxLength: 12 });

describe("red flag helpers", () => {
  it("flagSet keeps each flag once, in the order RED_FLAGS lists them", () => {
    expect(flagSet(["politics", "long_hours", "politics", "nonsense"])).toEqual(["long_hours", "politics"]);
    fc.assert(
      fc.property(flags, (list) => {
        const set = flagSet(list);
        expect(new Set(set)).toEqual(new Set(list));
        expect(set).toEqual([...set].sort((a, b) => RED_FLAGS.indexOf(a) - RED_FLAGS.indexOf(b)));
      }),
    );
  });

  it("sameFlags ignores order and repeats, and tells different sets apart", () => {
    expect(sameFlags(["churn", "politics"], ["politics", "churn", "churn"])).toBe(true);
    expect(sameFlags(["churn"], ["churn", "politics"])).toBe(false);
    expect(sameFlags([], [])).toBe(true);
    fc.assert(
      fc.property(flags, flags, (a, b) => {
        expect(sameFlags(a, b)).toBe(new Set(a).size === new Set(b).size && a.every((f) => b.includes(f)));
      }),
    );
  });

  it("visibleFlags shows what fits and counts the rest, never more badges than room", () => {
    const all: RedFlag[] = ["long_hours", "firefighting", "politics", "churn"];
    expect(visibleFlags(all, 3)).toEqual({ shown: ["long_hours", "firefighting"], more: 2 });
    expect(visibleFlags(all, 4)).toEqual({ shown: all, more: 0 });
    fc.assert(
      fc.property(flags, fc.integer({ min: 1, max: 8 }), (list, room) => {
        const { shown, more } = visibleFlags(list, room);
        expect(shown.length + (more > 0 ? 1 : 0)).toBeLessThanOrEqual(room);
        expect(shown.length + more).toBe(new Set(list).size);
      }),
    );
  });
});
