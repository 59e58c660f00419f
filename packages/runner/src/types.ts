import type { Language, Problem, TestCase } from "@loopwise/domain";

export type { CaseResult, LanguageInfo, RunResult } from "@loopwise/domain";

/**
 * The runner's contract (no HTTP here): what the server asks and what it gets back (the result
 * types live in the domain, `practice/run.ts`, so the web can read them). The sandbox below it is
 * `sandbox.ts`; the harness per language loads a solution once and runs every case.
 */

export interface RunRequest {
  language: Language;
  source: string;
  /** run: the examples of `problem`, or the program on `stdin` when there is no problem; submit: every case. */
  mode: "run" | "submit";
  /** With the bank's generated large cases, which a submit awaits (LoadedProblem.largeCases). */
  problem?: Problem & { largeCases?: () => Promise<TestCase[]> };
  stdin?: string;
}
