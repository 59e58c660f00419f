import type { Compare } from "@loopwise/domain";

/**
 * Is an answer right? Each comparator takes JSON values (what the harness wrote and what the problem
 * expects). A custom checker is the problem's own trusted code, run here on the host as a function.
 */

/** true when the answer is right; a string says why it is not, in words a user can act on. */
export type Checker = (args: unknown[], expected: unknown, actual: unknown) => true | string;

export type Comparison = { ok: true } | { ok: false; reason?: string };

/** A canonical text of a JSON value: object keys sorted, so equal values give equal texts. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export function exactEqual(expected: unknown, actual: unknown): boolean {
  return canonical(expected) === canonical(actual);
}

/** Same elements, any order: compared as multisets of canonical texts (nested: inner arrays sorted first). */
export function unorderedEqual(expected: unknown, actual: unknown, nested = false): boolean {
  if (!Array.isArray(expected) || !Array.isArray(actual)) return exactEqual(expected, actual);
  if (expected.length !== actual.length) return false;
  const key = (item: unknown) =>
    nested && Array.isArray(item) ? `[${item.map(canonical).sort().join(",")}]` : canonical(item);
  const left = expected.map(key).sort();
  const right = actual.map(key).sort();
  return left.every((item, index) => item === right[index]);
}

/** Numbers within `tolerance`, absolute or relative; arrays (at any depth) element by element. */
export function floatEqual(expected: unknown, actual: unknown, tolerance: number): boolean {
  if (typeof expected === "number" && typeof actual === "number") {
    const gap = Math.abs(expected - actual);
    return gap <= tolerance || gap <= tolerance * Math.abs(expected);
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return expected.length === actual.length && expected.every((item, i) => floatEqual(item, actual[i], tolerance));
  }
  return exactEqual(expected, actual);
}

/** `args` are the case's arguments (a design problem's calls); `checker` is required for kind "checker". */
export function compareAnswer(
  compare: Compare,
  args: unknown[],
  expected: unknown,
  actual: unknown,
  checker?: Checker,
): Comparison {
  switch (compare.kind) {
    case "exact":
      return { ok: exactEqual(expected, actual) };
    case "unordered":
      return { ok: unorderedEqual(expected, actual, compare.nested ?? false) };
    case "float":
      return { ok: floatEqual(expected, actual, compare.tolerance) };
    case "checker": {
      if (checker === undefined) throw new Error("this problem compares with a checker, and none was loaded");
      try {
        const verdict = checker(args, expected, actual);
        return verdict === true ? { ok: true } : { ok: false, reason: verdict };
      } catch (error) {
        // A checker reads the answer's shape; an answer of the wrong shape is a wrong answer, not a crash.
        return { ok: false, reason: `the answer could not be checked: ${(error as Error).message}` };
      }
    }
  }
}
