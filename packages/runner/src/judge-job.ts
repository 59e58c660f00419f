import type { ClassCase, FunctionCase, TestCase } from "@loopwise/domain";
import type { Job } from "./harness/job.js";
import type { JudgedCase } from "./judge-verdict.js";
import { SCRIPT_BUDGET, SCRIPT_MEMORY_MB } from "./languages-limits.js";
import type { RunRequest } from "./types.js";

/**
 * A request as a language-neutral job, and the cases its answers are judged against: in submit
 * mode the hidden ones too, `large` (the generated cases) last.
 */
export function jobFor(request: RunRequest, large: TestCase[] = []): { job: Job; cases: JudgedCase[] } {
  const { problem, source } = request;
  if (problem === undefined) {
    const job: Job = {
      mode: "script",
      source,
      stdin: request.stdin ?? "",
      timeLimitMs: SCRIPT_BUDGET.cpuMs,
      memoryMb: SCRIPT_MEMORY_MB,
    };
    return { job, cases: [] };
  }
  const { meta } = problem;
  const chosen = [
    ...problem.visible.map((testCase) => ({ testCase, hidden: false })),
    ...(request.mode === "submit" ? [...problem.hidden, ...large].map((testCase) => ({ testCase, hidden: true })) : []),
  ];
  const params = meta.function?.params ?? [];
  const cases = chosen.map(({ testCase, hidden }): JudgedCase => {
    if ("calls" in testCase) {
      const { calls, expected } = testCase as ClassCase;
      return { hidden, args: calls, expected, input: calls };
    }
    const { args, expected } = testCase as FunctionCase;
    return { hidden, args, expected, input: Object.fromEntries(params.map((param, i) => [param.name, args[i]])) };
  });
  const job: Job = {
    mode: "cases",
    source,
    signature: { function: meta.function, class: meta.class },
    cases: cases.map((testCase) => testCase.args),
    timeLimitMs: meta.timeLimitMs,
    memoryMb: meta.memoryLimitMb,
  };
  return { job, cases };
}
