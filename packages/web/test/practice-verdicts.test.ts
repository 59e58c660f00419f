import type { CaseResult, RunResult } from "@loopwise/domain";
import { VERDICTS } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { diffLines } from "../src/features/practice/diff-lines";
import { lineRefs } from "../src/features/practice/line-refs";
import { statementBody } from "../src/features/practice/statement-body";
import {
  caseTally,
  formatMs,
  inputLines,
  resultError,
  resultHeadline,
  VERDICT_VIEWS,
} from "../src/features/practice/verdict-view";

const passed = (number: number, hidden = false): CaseResult => ({ number, hidden, verdict: "accepted", timeMs: 2 });
const failed = (number: number, hidden = false): CaseResult => ({ number, hidden, verdict: "wrong_answer", timeMs: 3 });

describe("verdict presentation", () => {
  it("has words and a colour for every verdict; only accepted is green", () => {
    for (const verdict of VERDICTS) expect(VERDICT_VIEWS[verdict].label.length).toBeGreaterThan(0);
    expect(VERDICTS.filter((v) => VERDICT_VIEWS[v].color === "teal")).toEqual(["accepted"]);
  });

  it("tallies cases, hidden ones apart, and finds the first failure", () => {
    const tally = caseTally([passed(1), passed(2), failed(3, true), failed(4, true), passed(5, true)]);
    expect(tally).toMatchObject({ passed: 3, total: 5, hiddenPassed: 1, hiddenTotal: 3 });
    expect(tally.firstFailure?.number).toBe(3);
  });

  it("says a run covers the examples only, and a submit how many cases passed", () => {
    const run: RunResult = { verdict: "accepted", timeMs: 4, cases: [passed(1), passed(2)] };
    expect(resultHeadline(run, "run")).toBe("All 2 examples pass. Submit to run the hidden tests too.");
    expect(resultHeadline({ ...run, timeMs: 1250 }, "submit")).toBe("All 2 cases passed; the slowest took 1.25 s.");
    const wrong: RunResult = { verdict: "wrong_answer", timeMs: 4, cases: [passed(1), passed(2), failed(3, true)] };
    expect(resultHeadline(wrong, "submit")).toBe("2 of 3 cases passed. First failure: case 3 (hidden).");
    expect(resultHeadline({ verdict: "compile_error", timeMs: 0 }, "submit")).toBe(VERDICT_VIEWS.compile_error.hint);
    expect(resultHeadline({ verdict: "ok", timeMs: 13 }, "run")).toBe("Ran in 13 ms.");
  });

  it("formats times at a useful precision", () => {
    expect(formatMs(0.44)).toBe("0.4 ms");
    expect(formatMs(12.6)).toBe("13 ms");
    expect(formatMs(2345)).toBe("2.35 s");
  });

  it("shows a function case's arguments by name and a design case's calls", () => {
    expect(inputLines({ nums: [1, 2], k: 3 })).toEqual(["nums = [1,2]", "k = 3"]);
    expect(
      inputLines([
        ["RateLimiter", [3, 10]],
        ["allow", [1]],
      ]),
    ).toEqual(["RateLimiter(3, 10)", "allow(1)"]);
  });

  it("shows the run's own error above the cases, else a hidden case's crash, never a visible case's twice", () => {
    const crashed: CaseResult = { ...failed(2), verdict: "runtime_error", error: { message: "boom", line: 4 } };
    const reason: CaseResult = { ...failed(1), error: { message: "not a valid grouping" } };
    expect(resultError({ verdict: "runtime_error", timeMs: 1, cases: [reason, crashed] })).toBeUndefined();
    const hiddenCrash = { ...crashed, number: 3, hidden: true };
    expect(resultError({ verdict: "runtime_error", timeMs: 1, cases: [reason, hiddenCrash] })).toEqual(crashed.error);
    expect(resultError({ verdict: "runtime_error", timeMs: 1, cases: [crashed, hiddenCrash] })).toBeUndefined();
    expect(resultError({ verdict: "compile_error", timeMs: 1, error: { message: "x" } })).toEqual({ message: "x" });
    expect(resultError({ verdict: "wrong_answer", timeMs: 1, cases: [reason] })).toBeUndefined();
  });

  it("drops the statement's first heading when it repeats the title", () => {
    expect(statementBody("# Deliveries so far\n\nA depot logs…", "Deliveries so far")).toBe("A depot logs…");
    expect(statementBody("# Something else\n\nText", "Deliveries so far")).toBe("# Something else\n\nText");
    expect(statementBody("No heading", "No heading")).toBe("No heading");
  });
});

describe("line references in errors", () => {
  it("finds compiler-style and Python-style lines", () => {
    expect(lineRefs("solution.ts:12:5: error: x is not defined")).toEqual([
      { text: "solution.ts:12:5", line: 12 },
      { text: ": error: x is not defined" },
    ]);
    expect(lineRefs('File "solution.py", line 7, in f').filter((p) => p.line !== undefined)).toEqual([
      { text: "line 7", line: 7 },
    ]);
    expect(lineRefs("Solution.java:3: error")[0]).toEqual({ text: "Solution.java:3", line: 3 });
    expect(lineRefs("no place named")).toEqual([{ text: "no place named" }]);
  });
});

describe("the answer diff", () => {
  it("classifies the judge's unified diff and drops its headers and first hunk line", () => {
    const diff = "--- expected\n+++ actual\n@@ -1,5 +1,5 @@\n [\n-  2\n+  -2\n   3\n ]\n\\ No newline at end of file\n";
    expect(diffLines(diff)).toEqual([
      { kind: "same", text: "[" },
      { kind: "expected", text: "  2" },
      { kind: "actual", text: "  -2" },
      { kind: "same", text: "  3" },
      { kind: "same", text: "]" },
    ]);
  });

  it("marks the lines skipped between two hunks as a gap", () => {
    const diff = "--- expected\n+++ actual\n@@ -1,2 +1,2 @@\n-1\n+9\n@@ -40,2 +40,2 @@\n-7\n+8\n";
    expect(diffLines(diff).map((line) => line.kind)).toEqual(["expected", "actual", "gap", "expected", "actual"]);
  });
});
