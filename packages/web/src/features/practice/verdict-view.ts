import type { CaseResult, RunResult, Verdict } from "@loopwise/domain";

/** How a verdict looks: its words, its colour, and what to try next. */
export interface VerdictView {
  label: string;
  color: string;
  hint: string;
}

export const VERDICT_VIEWS: Record<Verdict, VerdictView> = {
  accepted: { label: "Accepted", color: "teal", hint: "Every case passed." },
  wrong_answer: { label: "Wrong answer", color: "red", hint: "Compare the expected and the actual answer below." },
  time_limit: {
    label: "Time limit exceeded",
    color: "orange",
    hint: "Too slow for a case: look for a better complexity, or an endless loop.",
  },
  memory_limit: {
    label: "Memory limit exceeded",
    color: "grape",
    hint: "The solution used more memory than the problem allows.",
  },
  runtime_error: { label: "Runtime error", color: "red", hint: "The code raised an error: see the message below." },
  compile_error: { label: "Compile error", color: "pink", hint: "Fix the first diagnostic; the rest often follow." },
  output_limit: {
    label: "Output limit exceeded",
    color: "orange",
    hint: "The program printed more than 64 KB: remove debug prints in loops.",
  },
  ok: { label: "Finished", color: "blue", hint: "The program ran and exited normally." },
};

export interface CaseTally {
  passed: number;
  total: number;
  hiddenPassed: number;
  hiddenTotal: number;
  /** The first case that did not pass, if any. */
  firstFailure?: CaseResult;
}

export function caseTally(cases: readonly CaseResult[]): CaseTally {
  const hidden = cases.filter((c) => c.hidden);
  return {
    passed: cases.filter((c) => c.verdict === "accepted").length,
    total: cases.length,
    hiddenPassed: hidden.filter((c) => c.verdict === "accepted").length,
    hiddenTotal: hidden.length,
    firstFailure: cases.find((c) => c.verdict !== "accepted"),
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The banner's sentence under the verdict. A run covers the examples only, so an accepted run
 * says so rather than look like a solved problem.
 */
export function resultHeadline(result: RunResult, mode: "run" | "submit"): string {
  const cases = result.cases ?? [];
  if (cases.length === 0) {
    if (result.verdict === "ok") return `Ran in ${formatMs(result.timeMs)}.`;
    return VERDICT_VIEWS[result.verdict].hint;
  }
  const tally = caseTally(cases);
  if (result.verdict === "accepted") {
    return mode === "submit"
      ? `All ${plural(tally.total, "case")} passed; the slowest took ${formatMs(result.timeMs)}.`
      : `All ${plural(tally.total, "example")} pass. Submit to run the hidden tests too.`;
  }
  const failure = tally.firstFailure;
  const where = failure ? ` First failure: case ${failure.number}${failure.hidden ? " (hidden)" : ""}.` : "";
  return `${tally.passed} of ${plural(tally.total, mode === "submit" ? "case" : "example")} passed.${where}`;
}

/** "0.4 ms", "12 ms", "1.25 s". */
export function formatMs(ms: number): string {
  if (ms < 10) return `${Math.round(ms * 10) / 10} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${Math.round(ms / 10) / 100} s`;
}

/** A visible case's input as lines: `name = value` per argument, or one line per call of a design problem. */
export function inputLines(input: unknown): string[] {
  if (Array.isArray(input)) {
    return input.map((call) =>
      Array.isArray(call) && typeof call[0] === "string"
        ? `${call[0]}(${(Array.isArray(call[1]) ? call[1] : []).map((a) => JSON.stringify(a)).join(", ")})`
        : JSON.stringify(call),
    );
  }
  if (input !== null && typeof input === "object") {
    return Object.entries(input).map(([name, value]) => `${name} = ${JSON.stringify(value)}`);
  }
  return [JSON.stringify(input ?? null)];
}

/**
 * The error shown above the cases: the run's own (a compile error, a crash while loading), else a
 * hidden case's crash when no visible case crashed (a hidden case cannot be opened; a visible
 * crash shows in its case, and the hidden ones usually repeat it).
 */
export function resultError(result: RunResult): { message: string; line?: number } | undefined {
  if (result.error) return result.error;
  const crashed = (result.cases ?? []).filter((c) => c.verdict === "runtime_error" && c.error);
  return crashed.some((c) => !c.hidden) ? undefined : crashed[0]?.error;
}
