import {
  deleteTrackedProblem,
  getTrackedProblem,
  insertTrackedAttempt,
  insertTrackedProblem,
  lastTrackedAttempts,
  listTrackedAttempts,
  listTrackedProblems,
  updateTrackedProblem,
  type Db,
  type TrackedProblemValues,
} from "@loopwise/db";
import type {
  TrackedAttempt,
  TrackedAttemptInput,
  TrackedProblem,
  TrackedProblemId,
  TrackedProblemInput,
  TrackedProblemPatch,
  UserId,
} from "@loopwise/domain";
import { toTrackedAttempt, toTrackedProblem } from "./practice-dto.js";

/** Problems from other sites: the user's own list, by name and link, with the attempts they log. */

export async function list(db: Db, userId: UserId): Promise<TrackedProblem[]> {
  const rows = await listTrackedProblems(db, userId);
  const last = await lastTrackedAttempts(
    db,
    userId,
    rows.map((row) => row.id as TrackedProblemId),
  );
  const lastOf = new Map(last.map((row) => [row.trackedProblemId, row]));
  return rows.map((row) => toTrackedProblem(row, lastOf.get(row.id)));
}

export async function get(db: Db, userId: UserId, id: TrackedProblemId): Promise<TrackedProblem> {
  const row = await getTrackedProblem(db, userId, id);
  const [last] = await lastTrackedAttempts(db, userId, [id]);
  return toTrackedProblem(row, last);
}

export async function create(db: Db, userId: UserId, input: TrackedProblemInput, now: Date): Promise<TrackedProblem> {
  const values: TrackedProblemValues = {
    name: input.name,
    url: input.url ?? null,
    difficulty: input.difficulty ?? null,
    topics: input.topics ?? [],
    notes: input.notes ?? null,
  };
  return get(db, userId, await insertTrackedProblem(db, userId, values, now.toISOString()));
}

/** Changes what was sent; null clears an optional field. */
export async function update(
  db: Db,
  userId: UserId,
  id: TrackedProblemId,
  patch: TrackedProblemPatch,
  now: Date,
): Promise<TrackedProblem> {
  const values = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  await updateTrackedProblem(db, userId, id, values as Partial<TrackedProblemValues>, now.toISOString());
  return get(db, userId, id);
}

export async function remove(db: Db, userId: UserId, id: TrackedProblemId): Promise<void> {
  await deleteTrackedProblem(db, userId, id);
}

export async function logAttempt(
  db: Db,
  userId: UserId,
  id: TrackedProblemId,
  input: TrackedAttemptInput,
  now: Date,
): Promise<TrackedAttempt> {
  const row = await db.transaction((tx) =>
    insertTrackedAttempt(
      tx,
      userId,
      id,
      {
        verdict: input.verdict,
        language: input.language ?? null,
        durationSeconds: input.durationSeconds ?? null,
        interview: input.interview ?? false,
        notes: input.notes ?? null,
      },
      now.toISOString(),
    ),
  );
  return toTrackedAttempt(row);
}

export async function attempts(db: Db, userId: UserId, id: TrackedProblemId): Promise<TrackedAttempt[]> {
  await getTrackedProblem(db, userId, id);
  return (await listTrackedAttempts(db, userId, id)).map(toTrackedAttempt);
}
