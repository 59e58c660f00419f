import type { Compare } from "@loopwise/domain";
import type { Checker } from "./compare.js";
import { compareAnswer } from "./compare.js";
import type { HarnessReport } from "./harness/results.js";
import { classifyDeath, memoryDeath } from "./judge-death.js";
import { answerDiff } from "./judge-diff.js";
import type { SandboxOutcome } from "./sandbox-types.js";
import type { CaseResult, RunResult } from "./types.js";

/** From what the sandbox and the harness reported to the verdict the user sees. */

export interface JudgedCase {
  hidden: boolean;
  /** What went to the harness: a function's arguments, or a design problem's calls. */
  args: unknown[];
  expected: unknown;
  /** What the user sees as the input: arguments by parameter name, or the calls. */
  input: unknown;
}

export interface Verdicts {
  outcome: SandboxOutcome;
  report: HarnessReport;
  memoryMb: number;
  /** Compiled languages: the diagnostics when the build failed (compile_error). */
  diagnostics?: (stderr: string) => string;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Compile errors and output floods end a run before any case counts; undefined when neither happened. */
function earlyEnd({ outcome, report, diagnostics }: Verdicts): RunResult | undefined {
  const timeMs = round(outcome.wallMs);
  if (diagnostics !== undefined && !report.compiled) {
    const stopped =
      outcome.killed === "wall" || outcome.killed === "cpu" ? "the compiler ran past its time limit\n" : "";
    const message = stopped + (diagnostics(outcome.stderr) || "the compiler failed without a message");
    return { verdict: "compile_error", timeMs, error: { message } };
  }
  if (report.compileError !== undefined) {
    return {
      verdict: "compile_error",
      timeMs,
      error: report.compileError,
      stdout: outcome.stdout,
      stderr: outcome.stderr,
    };
  }
  return undefined;
}

function output(outcome: SandboxOutcome): Pick<RunResult, "stdout" | "stderr" | "truncated"> {
  const shown: Pick<RunResult, "stdout" | "stderr" | "truncated"> = { stdout: outcome.stdout, stderr: outcome.stderr };
  if (outcome.outputTruncated) shown.truncated = true;
  return shown;
}

const caseResult = (number: number, spec: JudgedCase, verdict: CaseResult["verdict"], timeMs: number): CaseResult => ({
  number,
  hidden: spec.hidden,
  verdict,
  timeMs: round(timeMs),
});

/**
 * A hidden case's error keeps its kind and the line in the user's code, not its message: a
 * message can quote the input ("KeyError: 'hidden value'"), and hidden cases are shown by number.
 */
export function hiddenError(error: { message: string; line?: number }): { message: string; line?: number } {
  const kind = /^([\w.]+(?:::[\w.]+)*)(?::\s|:?$)/.exec(error.message)?.[1];
  const message = `${kind ?? "The program failed"} (a hidden case's message is not shown)`;
  return error.line === undefined ? { message } : { message, line: error.line };
}

export function judgeCases(verdicts: Verdicts, cases: JudgedCase[], compare: Compare, checker?: Checker): RunResult {
  const { outcome, report, memoryMb } = verdicts;
  const early = earlyEnd(verdicts);
  if (early !== undefined) return early;
  const results: CaseResult[] = [];
  let failure: Pick<RunResult, "verdict" | "error"> | undefined;
  for (const [index, spec] of cases.entries()) {
    const record = report.cases.get(index);
    if (record === undefined) {
      // The process died: in this case when it had begun, else while loading the solution.
      const death = report.memoryExceeded ? memoryDeath(memoryMb) : classifyDeath(outcome, memoryMb);
      if (report.lastStarted === index) {
        results.push({
          ...caseResult(index + 1, spec, death.verdict, outcome.wallMs),
          ...(spec.hidden ? {} : { input: spec.input, expected: spec.expected }),
          error: { message: death.message },
        });
      }
      failure ??= report.loadError
        ? { verdict: "runtime_error", error: report.loadError }
        : { verdict: death.verdict, error: { message: death.message } };
      break;
    }
    const result = caseResult(index + 1, spec, "accepted", record.ms);
    if (record.timeout) result.verdict = "time_limit";
    else if (record.memory) result.verdict = "memory_limit";
    else if (record.error) {
      Object.assign(result, {
        verdict: "runtime_error",
        error: spec.hidden ? hiddenError(record.error) : record.error,
      });
      if (!spec.hidden) Object.assign(result, { input: spec.input, expected: spec.expected });
    } else {
      const comparison = compareAnswer(compare, spec.args, spec.expected, record.value, checker);
      if (!comparison.ok) {
        result.verdict = "wrong_answer";
        if (comparison.reason !== undefined) result.error = { message: comparison.reason };
      }
      if (!spec.hidden) {
        Object.assign(result, { input: spec.input, expected: spec.expected, actual: record.value });
        if (!comparison.ok) result.diff = answerDiff(spec.expected, record.value);
      }
    }
    if (spec.hidden && result.verdict !== "runtime_error") delete result.error;
    results.push(result);
    if (result.verdict !== "accepted") failure ??= { verdict: result.verdict };
  }
  if (outcome.killed === "output") failure = { verdict: "output_limit", error: { message: "the output passed 64 KB" } };
  const run: RunResult = {
    verdict: failure?.verdict ?? "accepted",
    timeMs: round(Math.max(0, ...results.map((r) => r.timeMs))),
    cases: results,
    ...output(outcome),
  };
  if (failure?.error !== undefined) run.error = failure.error;
  if (report.end?.memoryKb !== undefined) run.memoryKb = report.end.memoryKb;
  return run;
}

/** A plain run: the program's own output, and ok when it exited normally. */
export function judgeScript(verdicts: Verdicts): RunResult {
  const { outcome, report, memoryMb } = verdicts;
  const early = earlyEnd(verdicts);
  if (early !== undefined) return early;
  const run: RunResult = { verdict: "ok", timeMs: round(outcome.wallMs), ...output(outcome) };
  const exit = report.exit;
  if (outcome.killed === "output") Object.assign(run, { verdict: "output_limit" });
  else if (exit?.memory || report.memoryExceeded)
    Object.assign(run, { verdict: "memory_limit", error: { message: memoryDeath(memoryMb).message } });
  else if (exit !== undefined && exit.code !== 0) {
    run.verdict = "runtime_error";
    run.error = exit.error ?? { message: `the program ended with exit code ${exit.code}` };
  } else if (exit === undefined && !(verdicts.diagnostics !== undefined && outcome.exitCode === 0)) {
    const death = classifyDeath(outcome, memoryMb);
    Object.assign(run, { verdict: death.verdict, error: { message: death.message } });
  }
  if (exit?.memoryKb !== undefined) run.memoryKb = exit.memoryKb;
  return run;
}
