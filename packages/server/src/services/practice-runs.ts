import { recordBankAttempt, type Db } from "@loopwise/db";
import { Invalid, NotFound, type LanguagesAnswer, type RunAnswer, type RunBody, type UserId } from "@loopwise/domain";
import { bankProblem } from "./practice.js";
import { toPracticeAttempt } from "./practice-dto.js";
import type { BankProblem, PracticeJudge } from "./practice-judge.js";

/** Code runs: the languages on offer, and a run or a submit judged and, on a problem, recorded. */

/** Server mode without a sandbox: the route answers 503 with this message. */
export class RunsRefused extends Error {
  constructor(readonly warning: string) {
    super(warning);
    this.name = "RunsRefused";
  }
}

export async function languages(judge: PracticeJudge): Promise<LanguagesAnswer> {
  const [status, languages] = await Promise.all([judge.status(), judge.languages()]);
  return { languages, ...status };
}

export async function run(db: Db, userId: UserId, judge: PracticeJudge, body: RunBody, now: Date): Promise<RunAnswer> {
  const status = await judge.status();
  if (status.isolation === "refused") throw new RunsRefused(status.warning ?? "Code runs are refused on this server.");
  const available = await judge.languages();
  if (!available.some((language) => language.id === body.language)) {
    const offered = available.map((language) => language.id).join(", ") || "none";
    throw new Invalid(`${body.language} does not run on this machine`, {
      language: `is not available here (available: ${offered})`,
    });
  }
  const problem = body.problem === undefined ? undefined : await problemNamed(judge, body.problem);
  const result = await judge.run({
    language: body.language,
    source: body.source,
    mode: body.mode,
    ...(problem ? { problem } : {}),
    ...(body.stdin !== undefined ? { stdin: body.stdin } : {}),
  });
  if (!problem) return result;

  // The run generated the large cases already (a submit awaits them): this costs nothing.
  const large = body.mode === "submit" ? ((await problem.largeCases?.())?.length ?? 0) : 0;
  const judged = problem.visible.length + (body.mode === "submit" ? problem.hidden.length + large : 0);
  const passed = result.cases?.filter((c) => c.verdict === "accepted").length ?? 0;
  const row = await db.transaction((tx) =>
    recordBankAttempt(
      tx,
      userId,
      {
        slug: problem.meta.slug,
        mode: body.mode,
        language: body.language,
        code: body.source,
        verdict: result.verdict,
        timeMs: Math.max(0, Math.round(result.timeMs)),
        passed,
        total: Math.max(judged, result.cases?.length ?? 0),
        durationSeconds: body.durationSeconds ?? null,
        interview: body.interview ?? false,
      },
      now.toISOString(),
    ),
  );
  return { ...result, attempt: toPracticeAttempt(row) };
}

/** The body names a problem: one the bank does not hold is the body's fault, not a missing route. */
async function problemNamed(judge: PracticeJudge, slug: string): Promise<BankProblem> {
  try {
    return await bankProblem(judge, slug);
  } catch (error) {
    if (error instanceof NotFound)
      throw new Invalid(`No problem ${slug} in the bank`, { problem: "is not a problem of the bank" });
    throw error;
  }
}
