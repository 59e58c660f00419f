import {
  getProgress,
  lastAttempts,
  listBankAttempts,
  listDrafts,
  listProgress,
  saveDraft as storeDraft,
  saveNotes as storeNotes,
  type Db,
  type LastAttemptRow,
} from "@loopwise/db";
import {
  NotFound,
  PRACTICE_STATUSES,
  TOPICS,
  type AttemptSummary,
  type DraftBody,
  type Language,
  type PracticeAttempt,
  type PracticeDraft,
  type PracticeStatus,
  type PracticeSummary,
  type ProblemDetail,
  type ProblemListAnswer,
  type ProblemListQuery,
  type ProblemSummary,
  type UserId,
} from "@loopwise/domain";
import { isoTimestamp } from "./dto.js";
import { toDraft, toPracticeAttempt } from "./practice-dto.js";
import type { BankProblem, PracticeJudge } from "./practice-judge.js";

/** The bank's problems with the user's progress: the list, one problem's page, drafts, notes, history. */

/** One problem of the bank by slug; a slug the bank does not hold is NotFound. */
export async function bankProblem(judge: PracticeJudge, slug: string): Promise<BankProblem> {
  const problem = (await judge.problems()).find((p) => p.meta.slug === slug);
  if (!problem) throw new NotFound(`No problem ${slug} in the bank`);
  return problem;
}

export async function listProblems(
  db: Db,
  userId: UserId,
  judge: PracticeJudge,
  query: ProblemListQuery,
): Promise<ProblemListAnswer> {
  const [problems, progress, attempts] = await Promise.all([
    judge.problems(),
    listProgress(db, userId),
    lastAttempts(db, userId),
  ]);
  const statusOf = new Map(progress.map((row) => [row.slug, row.status as PracticeStatus]));
  const lastOf = new Map(attempts.map((row) => [row.slug, row]));
  const all = problems.map((problem) =>
    summary(problem, statusOf.get(problem.meta.slug), lastOf.get(problem.meta.slug)),
  );
  const words = (query.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const text = new Map(
    problems.map((p) => [p.meta.slug, `${p.meta.title} ${p.meta.slug} ${p.statement}`.toLowerCase()]),
  );
  const shown = all.filter(
    (p) =>
      (!query.topic || p.topics.includes(query.topic)) &&
      (!query.difficulty || p.difficulty === query.difficulty) &&
      (!query.status || p.status === query.status) &&
      words.every((word) => text.get(p.slug)!.includes(word)),
  );
  return { problems: shown, summary: progressSummary(all) };
}

function summary(
  problem: BankProblem,
  status: PracticeStatus | undefined,
  last: LastAttemptRow | undefined,
): ProblemSummary {
  const { slug, title, difficulty, topics, estimateMinutes } = problem.meta;
  const lastAttempt: AttemptSummary | null = last
    ? {
        mode: last.mode as AttemptSummary["mode"],
        language: last.language as Language,
        verdict: last.verdict as AttemptSummary["verdict"],
        createdAt: isoTimestamp(last.createdAt),
      }
    : null;
  return { slug, title, difficulty, topics, estimateMinutes, status: status ?? "new", lastAttempt };
}

function progressSummary(all: ProblemSummary[]): PracticeSummary {
  const byStatus = Object.fromEntries(PRACTICE_STATUSES.map((s) => [s, 0])) as Record<PracticeStatus, number>;
  for (const p of all) byStatus[p.status] += 1;
  const byTopic = TOPICS.map((topic) => {
    const inTopic = all.filter((p) => p.topics.includes(topic));
    return { topic, total: inTopic.length, solved: inTopic.filter((p) => p.status === "solved").length };
  }).filter((t) => t.total > 0);
  return { total: all.length, byStatus, byTopic };
}

/** A problem's page: statement, examples, starters for the languages that run here, and the user's work. */
export async function getProblem(db: Db, userId: UserId, judge: PracticeJudge, slug: string): Promise<ProblemDetail> {
  const [problem, languages, progress, drafts] = await Promise.all([
    bankProblem(judge, slug),
    judge.languages(),
    getProgress(db, userId, slug),
    listDrafts(db, userId, slug),
  ]);
  const { meta } = problem;
  const starters: ProblemDetail["starters"] = {};
  for (const { id } of languages) if (problem.starters[id] !== undefined) starters[id] = problem.starters[id];
  return {
    slug: meta.slug,
    title: meta.title,
    difficulty: meta.difficulty,
    topics: meta.topics,
    estimateMinutes: meta.estimateMinutes,
    status: (progress?.status as PracticeStatus | undefined) ?? "new",
    statement: problem.statement,
    signature: meta.function ? { function: meta.function } : { class: meta.class! },
    compare: meta.compare.kind,
    timeLimitMs: meta.timeLimitMs,
    memoryLimitMb: meta.memoryLimitMb,
    // The examples only: hidden cases never leave the server, not even their inputs.
    examples: problem.visible,
    hiddenCount: problem.hidden.length,
    largeCases: problem.largeCases !== undefined,
    starters,
    drafts: drafts.map(toDraft),
    notes: progress?.notes ?? null,
    lastLanguage: (progress?.lastLanguage as Language | null | undefined) ?? null,
  };
}

export async function saveDraft(
  db: Db,
  userId: UserId,
  judge: PracticeJudge,
  slug: string,
  body: DraftBody,
  now: Date,
): Promise<PracticeDraft> {
  await bankProblem(judge, slug);
  return db.transaction(async (tx) =>
    toDraft(await storeDraft(tx, userId, slug, body.language, body.code, now.toISOString())),
  );
}

export async function saveNotes(
  db: Db,
  userId: UserId,
  judge: PracticeJudge,
  slug: string,
  notes: string | null,
  now: Date,
): Promise<{ notes: string | null; updatedAt: string }> {
  await bankProblem(judge, slug);
  // Empty notes are no notes.
  const row = await storeNotes(db, userId, slug, notes === "" ? null : notes, now.toISOString());
  return { notes: row.notes, updatedAt: isoTimestamp(row.updatedAt) };
}

export async function listAttempts(
  db: Db,
  userId: UserId,
  judge: PracticeJudge,
  slug: string,
): Promise<PracticeAttempt[]> {
  await bankProblem(judge, slug);
  return (await listBankAttempts(db, userId, slug)).map(toPracticeAttempt);
}
