import type { Isolation, Language, LanguageInfo, Problem, RunResult, TestCase } from "@loopwise/domain";

/**
 * The judge as the practice API sees it: the bank, the languages and runs. The composition root
 * picks the implementation (the runner's sandboxed judge, `practice-judge-runner.ts`); the API
 * knows nothing of sandboxes.
 */

/** A problem of the bank as loaded, with its starter code per language the judge writes starters for. */
export interface BankProblem extends Problem {
  starters: Partial<Record<Language, string>>;
  /** The generated large hidden cases, made on first use (a submit); the bank lists without them. */
  largeCases?: () => Promise<TestCase[]>;
}

export interface JudgeRunRequest {
  language: Language;
  source: string;
  mode: "run" | "submit";
  problem?: BankProblem;
  stdin?: string;
}

export interface JudgeStatus {
  /** refused: server mode without bubblewrap; no code runs at all. */
  isolation: Isolation;
  /** What the user should know when runs are less isolated than they should be, or refused. */
  warning?: string;
}

export interface PracticeJudge {
  status(): Promise<JudgeStatus>;
  languages(): Promise<LanguageInfo[]>;
  /** The bank, loaded once. */
  problems(): Promise<BankProblem[]>;
  /**
   * Judges one request. Throws the domain's TooMany (with retryAfterSeconds) when the queue is
   * full and Invalid when the language does not run here; never called when status is refused.
   */
  run(request: JudgeRunRequest): Promise<RunResult>;
  close(): Promise<void>;
}

/** What the API answers when no judge was configured (an API-only deployment, most tests). */
export const NO_JUDGE: PracticeJudge = {
  status: async () => ({ isolation: "refused", warning: "Code runs are not set up on this server." }),
  languages: async () => [],
  problems: async () => [],
  run: async () => {
    throw new Error("no judge is configured");
  },
  close: async () => {},
};
