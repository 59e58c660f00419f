import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareAnswer, exactEqual, floatEqual, unorderedEqual } from "../src/compare.js";
import { answerDiff } from "../src/judge-diff.js";

const json = fc.jsonValue({ maxDepth: 3 });
const shuffled = <T>(items: T[]) =>
  fc.array(fc.nat(), { minLength: items.length, maxLength: items.length }).map((keys) =>
    items
      .map((item, i) => ({ item, key: keys[i]! }))
      .sort((a, b) => a.key - b.key)
      .map(({ item }) => item),
  );

describe("exact", () => {
  it("compares JSON values, with object keys in any order", () => {
    expect(exactEqual([1, [2, "a"], null], [1, [2, "a"], null])).toBe(true);
    expect(exactEqual({ a: 1, b: [2] }, { b: [2], a: 1 })).toBe(true);
    expect(exactEqual([1, 2], [2, 1])).toBe(false);
    expect(exactEqual(1, 1.0000001)).toBe(false);
    expect(exactEqual(true, 1)).toBe(false);
    expect(exactEqual("1", 1)).toBe(false);
  });

  it("holds for a value and its JSON copy", () => {
    fc.assert(fc.property(json, (value) => exactEqual(value, JSON.parse(JSON.stringify(value)))));
  });
});

describe("unordered", () => {
  it("accepts any order of the same elements", () => {
    fc.assert(
      fc.property(
        fc.array(json, { maxLength: 12 }).chain((items) => fc.tuple(fc.constant(items), shuffled(items))),
        ([items, permuted]) => unorderedEqual(items, permuted),
      ),
    );
  });

  it("rejects a different multiset: an element changed, dropped or duplicated", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 12 }), fc.nat(), (items, at) => {
        const index = at % items.length;
        const changed = items.map((item, i) => (i === index ? item + 1 : item));
        expect(unorderedEqual(items, changed)).toBe(false);
        expect(unorderedEqual(items, items.slice(1))).toBe(false);
        // The same length and the same distinct values, but one value counted once more.
        expect(unorderedEqual([...items, items[0]!], [...items, items[0]! + 1])).toBe(false);
      }),
    );
    expect(unorderedEqual([1, 1, 2], [1, 2, 2])).toBe(false);
  });

  it("with nested, accepts groupings in any order inside and out", () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 5 }), { maxLength: 6 })
          .chain((groups) => fc.tuple(fc.constant(groups), shuffled(groups), fc.array(fc.nat(), { maxLength: 6 }))),
        ([groups, outer, seeds]) => {
          const inner = outer.map((group, g) =>
            [...group].sort((a, b) => ((a * 7 + (seeds[g] ?? 0)) % 5) - ((b * 7 + (seeds[g] ?? 0)) % 5)),
          );
          return unorderedEqual(groups, inner, true);
        },
      ),
    );
    expect(unorderedEqual([[1, 2], [3]], [[3], [2, 1]], true)).toBe(true);
    expect(unorderedEqual([[1, 2], [3]], [[3], [2, 1]], false)).toBe(false);
    expect(unorderedEqual([[1, 2], [3]], [[1], [2, 3]], true)).toBe(false);
  });
});

describe("float", () => {
  it("accepts answers within the tolerance, absolute or relative", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: -0.9, max: 0.9, noNaN: true }),
        (x, f) => {
          const tolerance = 1e-6;
          return floatEqual(x, x + f * tolerance, tolerance) && floatEqual(x, x * (1 + f * tolerance), tolerance);
        },
      ),
    );
  });

  it("rejects answers past the tolerance, both absolute and relative", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: 1.5, max: 1e6, noNaN: true }),
        (x, f) => {
          const tolerance = 1e-6;
          const gap = f * tolerance * Math.max(1, Math.abs(x));
          return !floatEqual(x, x + gap, tolerance);
        },
      ),
    );
  });

  it("compares arrays element by element, at any depth", () => {
    expect(floatEqual([[0.1, 0.2]], [[0.1 + 1e-9, 0.2]], 1e-6)).toBe(true);
    expect(floatEqual([0.1, 0.2], [0.1], 1e-6)).toBe(false);
    expect(floatEqual([0.1, 0.2], [0.1, 0.3], 1e-6)).toBe(false);
    expect(floatEqual(1, "1", 1e-6)).toBe(false);
  });
});

describe("compareAnswer", () => {
  it("runs a checker with the case's arguments, and turns its reason or its crash into a wrong answer", () => {
    const checker = (args: unknown[], _expected: unknown, actual: unknown) =>
      (actual as number[]).length === (args[0] as number) ? (true as const) : `needs ${String(args[0])} items`;
    expect(compareAnswer({ kind: "checker" }, [2], null, [5, 6], checker)).toEqual({ ok: true });
    expect(compareAnswer({ kind: "checker" }, [3], null, [5, 6], checker)).toEqual({
      ok: false,
      reason: "needs 3 items",
    });
    const crash = compareAnswer({ kind: "checker" }, [3], null, null, checker);
    expect(crash.ok).toBe(false);
    expect(crash.ok === false && crash.reason).toMatch(/could not be checked/);
    expect(() => compareAnswer({ kind: "checker" }, [], 1, 1)).toThrow(/checker/);
  });

  it("chooses the comparator by kind", () => {
    expect(compareAnswer({ kind: "exact" }, [], [1, 2], [2, 1]).ok).toBe(false);
    expect(compareAnswer({ kind: "unordered" }, [], [1, 2], [2, 1]).ok).toBe(true);
    expect(compareAnswer({ kind: "float", tolerance: 0.01 }, [], 1, 1.005).ok).toBe(true);
  });
});

describe("answerDiff", () => {
  it("diffs an array element by element, and tells a scalar from an array", () => {
    expect(answerDiff([1, 2, 3], [1, 5, 3])).toBe(
      "--- expected\n+++ actual\n@@ -1,5 +1,5 @@\n [\n   1\n-  2\n+  5\n   3\n ]\n",
    );
    expect(answerDiff(3, [3])).toBe("--- expected\n+++ actual\n@@ -1,1 +1,3 @@\n-3\n+[\n+  3\n+]\n");
  });

  it("cuts answers too large to diff usefully", () => {
    const diff = answerDiff(
      Array.from({ length: 50_000 }, (_, i) => i),
      [0],
    );
    expect(diff.length).toBeLessThan(30_000);
    expect(diff).toContain("… (cut)");
  });
});
