import { Invalid, TooMany, type Language, type RunResult } from "@loopwise/domain";
import {
  createJudge,
  isolationFor,
  listLanguages,
  loadProblems,
  QueueFull,
  sandboxSupport,
  SandboxUnavailable,
  STARTER_LANGUAGES,
  starterCode,
  UnsupportedLanguage,
  type Judge,
  type JudgeOptions,
} from "@loopwise/runner";
import type { BankProblem, JudgeRunRequest, JudgeStatus, PracticeJudge } from "./practice-judge.js";

/**
 * The practice judge over the runner: the sandboxed judge and the bank in `content/problems`.
 * Nothing starts until it is first asked (the practice page asks for the languages first), so a
 * server that never opens the page never starts a sandbox.
 */

export interface RunnerJudgeOptions extends Omit<JudgeOptions, "isolation"> {
  /** Server mode refuses to run code without bubblewrap; local mode falls back to limits only. */
  mode: "local" | "server";
  /** The problem bank's folder. */
  problemsRoot: string;
}

const LIMITS_ONLY_WARNING =
  "bubblewrap cannot run on this machine, so code runs with resource limits only: a program can read your files. Install bubblewrap (and allow user namespaces) to isolate runs.";

export function createRunnerJudge(options: RunnerJudgeOptions): PracticeJudge {
  const { mode, problemsRoot, ...judgeOptions } = options;
  let status: Promise<JudgeStatus> | undefined;
  let judge: Promise<Judge | undefined> | undefined;
  let bank: Promise<BankProblem[]> | undefined;

  const statusNow = () =>
    (status ??= sandboxSupport().then((support): JudgeStatus => {
      try {
        const isolation = isolationFor(mode, support);
        if (isolation === "bubblewrap") return { isolation };
        console.warn(`loopwise: WARNING: ${LIMITS_ONLY_WARNING} (${support.reason ?? "no reason given"})`);
        return { isolation, warning: LIMITS_ONLY_WARNING };
      } catch (error) {
        if (!(error instanceof SandboxUnavailable)) throw error;
        return {
          isolation: "refused",
          warning: `Code runs are refused: ${error.reason}. Install bubblewrap to run code on this server.`,
        };
      }
    }));
  const judgeNow = () =>
    (judge ??= statusNow().then(({ isolation }) =>
      isolation === "refused" ? undefined : createJudge({ ...judgeOptions, isolation }),
    ));

  return {
    status: statusNow,
    async languages() {
      // Refused runs still name the toolchains, so the editor offers their starter code.
      return (await judgeNow())?.languages() ?? listLanguages();
    },
    problems() {
      bank ??= loadProblems(problemsRoot).then(
        (problems) => problems.map((problem) => Object.assign(problem, { starters: startersOf(problem) })),
        (error: unknown) => {
          // A broken problem folder fails every request until it is fixed, then loads on the next one.
          bank = undefined;
          throw error;
        },
      );
      return bank;
    },
    async run(request: JudgeRunRequest): Promise<RunResult> {
      const running = await judgeNow();
      if (!running) throw new Error("code runs are refused: check status() first");
      try {
        return await running.run(request);
      } catch (error) {
        if (error instanceof QueueFull) {
          throw new TooMany("Too many code runs at once: try again shortly", error.retryAfterSeconds);
        }
        if (error instanceof UnsupportedLanguage) {
          throw new Invalid(error.message, { language: "is not available on this machine" });
        }
        throw error;
      }
    },
    async close() {
      // Only a judge that was started has sandboxes to stop.
      if (judge) await (await judge)?.close();
    },
  };
}

function startersOf(problem: Pick<BankProblem, "meta">): Partial<Record<Language, string>> {
  const signature = problem.meta.function ? { function: problem.meta.function } : { class: problem.meta.class! };
  return Object.fromEntries(STARTER_LANGUAGES.map((language) => [language, starterCode(language, signature)]));
}
