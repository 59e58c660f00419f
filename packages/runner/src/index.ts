/**
 * @loopwise/runner: sandboxed code runs and the judge (no HTTP here). The server creates one judge
 * (`createJudge`) and asks it to run code; the problem bank loads with `loadProblems`.
 */
export type { CaseResult, LanguageInfo, RunRequest, RunResult } from "./types.js";
export { createJudge, MAX_SOURCE_BYTES, UnsupportedLanguage } from "./judge.js";
export type { Judge, JudgeOptions } from "./judge.js";
export { detectLanguages, listLanguages } from "./languages.js";
export { compareAnswer } from "./compare.js";
export type { Checker, Comparison } from "./compare.js";
export { starterCode, STARTER_LANGUAGES } from "./starter.js";
export type { Signature } from "./harness/job.js";
export { loadProblem, loadProblems, ProblemFormatError, readSolution } from "./problems.js";
export type { LoadedProblem } from "./problems.js";
export {
  isolationFor,
  QueueFull,
  runSandboxed,
  sandboxSupport,
  SandboxPool,
  SandboxUnavailable,
  startSandbox,
  RunQueue,
} from "./sandbox.js";
export type {
  Isolation,
  SandboxLimits,
  SandboxOutcome,
  SandboxSpec,
  SandboxSupport,
  StartedSandbox,
} from "./sandbox.js";
