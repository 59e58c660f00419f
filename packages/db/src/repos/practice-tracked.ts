import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import {
  NotFound,
  type Difficulty,
  type Language,
  type Topic,
  type TrackedProblemId,
  type TrackedVerdict,
  type UserId,
} from "@loopwise/domain";
import type { Db } from "../database.js";
import { practiceAttempts, trackedProblems } from "../schema.js";
import type { PracticeAttemptRow } from "./practice.js";

/** Problems the user tracks from other sites (name and link only), and the attempts they log on them. */

export type TrackedProblemRow = typeof trackedProblems.$inferSelect & { attemptCount: number; solved: boolean };

export interface TrackedProblemValues {
  name: string;
  url: string | null;
  difficulty: Difficulty | null;
  topics: Topic[];
  notes: string | null;
}

export interface TrackedAttemptValues {
  verdict: TrackedVerdict;
  language: Language | null;
  durationSeconds: number | null;
  interview: boolean;
  notes: string | null;
}

const t = trackedProblems;
const columns = {
  id: t.id,
  userId: t.userId,
  name: t.name,
  url: t.url,
  difficulty: t.difficulty,
  topics: t.topics,
  notes: t.notes,
  createdAt: t.createdAt,
  updatedAt: t.updatedAt,
  // Spelled out: inside a subquery Drizzle writes columns unqualified.
  attemptCount: sql<number>`(select count(*)::int from "practice_attempts" a where a.tracked_problem_id = "tracked_problems"."id" and a.user_id = "tracked_problems"."user_id")`,
  solved: sql<boolean>`exists (select 1 from "practice_attempts" a where a.tracked_problem_id = "tracked_problems"."id" and a.user_id = "tracked_problems"."user_id" and a.verdict = 'solved')`,
};

/** The user's tracked problems, the first added first. */
export async function listTrackedProblems(db: Db, userId: UserId): Promise<TrackedProblemRow[]> {
  return db.select(columns).from(t).where(eq(t.userId, userId)).orderBy(asc(t.createdAt), asc(t.id));
}

export async function getTrackedProblem(db: Db, userId: UserId, id: TrackedProblemId): Promise<TrackedProblemRow> {
  const [row] = await db
    .select(columns)
    .from(t)
    .where(and(eq(t.userId, userId), eq(t.id, id)));
  if (!row) throw new NotFound("No such tracked problem");
  return row;
}

export async function insertTrackedProblem(
  db: Db,
  userId: UserId,
  values: TrackedProblemValues,
  now: string,
): Promise<TrackedProblemId> {
  const [row] = await db
    .insert(t)
    .values({ ...values, userId, createdAt: now, updatedAt: now })
    .returning({ id: t.id });
  return row!.id as TrackedProblemId;
}

export async function updateTrackedProblem(
  db: Db,
  userId: UserId,
  id: TrackedProblemId,
  values: Partial<TrackedProblemValues>,
  now: string,
): Promise<void> {
  const [row] = await db
    .update(t)
    .set({ ...values, updatedAt: now })
    .where(and(eq(t.userId, userId), eq(t.id, id)))
    .returning({ id: t.id });
  if (!row) throw new NotFound("No such tracked problem");
}

/** Deletes the problem and (by cascade) the attempts logged on it. */
export async function deleteTrackedProblem(db: Db, userId: UserId, id: TrackedProblemId): Promise<void> {
  const [row] = await db
    .delete(t)
    .where(and(eq(t.userId, userId), eq(t.id, id)))
    .returning({ id: t.id });
  if (!row) throw new NotFound("No such tracked problem");
}

/** Logs an attempt on one of the user's tracked problems (another user's is NotFound). */
export async function insertTrackedAttempt(
  db: Db,
  userId: UserId,
  id: TrackedProblemId,
  values: TrackedAttemptValues,
  now: string,
): Promise<PracticeAttemptRow> {
  await getTrackedProblem(db, userId, id);
  const [row] = await db
    .insert(practiceAttempts)
    .values({ ...values, userId, trackedProblemId: id, createdAt: now })
    .returning();
  await db
    .update(t)
    .set({ updatedAt: now })
    .where(and(eq(t.userId, userId), eq(t.id, id)));
  return row!;
}

/** The attempts logged on one tracked problem, newest first. */
export async function listTrackedAttempts(db: Db, userId: UserId, id: TrackedProblemId): Promise<PracticeAttemptRow[]> {
  const a = practiceAttempts;
  return db
    .select()
    .from(a)
    .where(and(eq(a.userId, userId), eq(a.trackedProblemId, id)))
    .orderBy(desc(a.createdAt), desc(a.id));
}

/** The latest attempt on each of `ids` that has any. */
export async function lastTrackedAttempts(
  db: Db,
  userId: UserId,
  ids: readonly TrackedProblemId[],
): Promise<PracticeAttemptRow[]> {
  if (ids.length === 0) return [];
  const a = practiceAttempts;
  return db
    .selectDistinctOn([a.trackedProblemId])
    .from(a)
    .where(and(eq(a.userId, userId), isNotNull(a.trackedProblemId), inArray(a.trackedProblemId, [...ids])))
    .orderBy(a.trackedProblemId, desc(a.createdAt), desc(a.id));
}
