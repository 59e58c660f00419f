import type { Language, Verdict } from "./problem.js";

/** What a run answers (POST /api/runs): the judge's result, as the server sends it and the web reads it. */

export interface CaseResult {
  /** 1-based, visible cases first. */
  number: number;
  hidden: boolean;
  verdict: Exclude<Verdict, "compile_error" | "ok">;
  timeMs: number;
  /** Visible cases only: the input, the expected and the actual answer, and a line diff of the two. */
  input?: unknown;
  expected?: unknown;
  actual?: unknown;
  diff?: string;
  /** A runtime error's message, with the line in the user's code when known. */
  error?: { message: string; line?: number };
}

export interface RunResult {
  verdict: Verdict;
  stdout?: string;
  stderr?: string;
  /** The slowest case (submit, run on examples) or the whole program (plain run). */
  timeMs: number;
  memoryKb?: number;
  cases?: CaseResult[];
  /** compile_error: the compiler's diagnostics; runtime_error without a case: the error. */
  error?: { message: string; line?: number };
  /** Output past the limit (64 KB) was cut, with a notice at the end of stdout. */
  truncated?: boolean;
}

/** A language the machine can run, with its toolchain's version ("Python 3.11.2"). */
export interface LanguageInfo {
  id: Language;
  name: string;
  version: string;
}
