import type { ProblemMeta, TestCase } from "@loopwise/domain";
import type { LoadedProblem } from "../src/problems.js";

/** Small in-memory problems for the judge's tests (the bank's own are tested in content/problems). */

export function problem(meta: Partial<ProblemMeta>, visible: TestCase[], hidden: TestCase[] = []): LoadedProblem {
  const base: ProblemMeta = {
    slug: "a-problem",
    title: "A problem",
    difficulty: "easy",
    topics: ["math"],
    estimateMinutes: 5,
    compare: { kind: "exact" },
    timeLimitMs: 1000,
    memoryLimitMb: 128,
    wrong: [{ file: "wrong.py", verdict: "wrong_answer" }],
  };
  return { folder: "", statement: "", meta: { ...base, ...meta }, visible, hidden };
}

/** Add up a list of ints: 2 visible cases, 3 hidden. */
export const addUp = problem(
  { function: { name: "addUp", params: [{ name: "values", type: "int[]" }], returns: "int" } },
  [
    { args: [[1, 2]], expected: 3 },
    { args: [[5]], expected: 5 },
  ],
  [
    { args: [[]], expected: 0 },
    { args: [[-1, 1]], expected: 0 },
    { args: [[10, 20, 30]], expected: 60 },
  ],
);
