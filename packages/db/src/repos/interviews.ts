import { and, asc, eq, gt, gte, inArray, lt, lte, sql, type SQL } from "drizzle-orm";
import { NotFound, type ApplicationId, type InterviewId, type UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { applications, contacts, interviewers, interviews } from "../schema.js";
import { selectInterviews, type InterviewRow } from "./interview-select.js";

export type { InterviewRecord, InterviewRow } from "./interview-select.js";

/** The columns a caller may write; identity, owner and stamps are the repository's. */
export type InterviewValues = Omit<typeof interviews.$inferInsert, "id" | "userId" | "createdAt" | "updatedAt">;

export interface InterviewFilter {
  /** Starts at or after. */
  from?: string;
  /** Starts before. */
  to?: string;
  applicationId?: string;
  /** Ended at or before this instant (`past`), or not yet (`upcoming`). */
  endedBy?: string;
  notEndedBy?: string;
}

export async function listInterviews(db: Db, userId: UserId, filter: InterviewFilter): Promise<InterviewRow[]> {
  const clauses: (SQL | undefined)[] = [
    filter.from ? gte(interviews.startsAt, filter.from) : undefined,
    filter.to ? lt(interviews.startsAt, filter.to) : undefined,
    filter.applicationId ? eq(interviews.applicationId, filter.applicationId) : undefined,
    filter.endedBy ? lte(interviews.endsAt, filter.endedBy) : undefined,
    filter.notEndedBy ? gt(interviews.endsAt, filter.notEndedBy) : undefined,
  ];
  // A loop comes before the sessions that start with it.
  const sessionsLast = sql`${interviews.parentId} is not null`;
  return selectInterviews(db, userId, and(...clauses)).orderBy(
    asc(interviews.startsAt),
    asc(sessionsLast),
    asc(interviews.id),
  );
}

export async function getInterview(db: Db, userId: UserId, id: InterviewId): Promise<InterviewRow> {
  const [row] = await selectInterviews(db, userId, eq(interviews.id, id));
  if (!row) throw new NotFound("No such interview");
  return row;
}

export async function insertInterview(
  db: Db,
  userId: UserId,
  values: InterviewValues,
  now: string,
): Promise<InterviewId> {
  const [row] = await db
    .insert(interviews)
    .values({ ...values, userId, createdAt: now, updatedAt: now })
    .returning({ id: interviews.id });
  return row!.id as InterviewId;
}

export async function updateInterview(
  db: Db,
  userId: UserId,
  id: InterviewId,
  values: Partial<InterviewValues>,
  now: string,
): Promise<void> {
  const [row] = await db
    .update(interviews)
    .set({ ...values, updatedAt: now })
    .where(and(eq(interviews.userId, userId), eq(interviews.id, id)))
    .returning({ id: interviews.id });
  if (!row) throw new NotFound("No such interview");
}

/** Deletes an interview; an onsite loop takes its sessions with it. */
export async function deleteInterview(db: Db, userId: UserId, id: InterviewId): Promise<void> {
  const [row] = await db
    .delete(interviews)
    .where(and(eq(interviews.userId, userId), eq(interviews.id, id)))
    .returning({ id: interviews.id });
  if (!row) throw new NotFound("No such interview");
}

/** Makes `contactIds` the interview's whole set of interviewers. */
export async function replaceInterviewers(
  db: Db,
  userId: UserId,
  id: InterviewId,
  contactIds: readonly string[],
): Promise<void> {
  await db.delete(interviewers).where(and(eq(interviewers.userId, userId), eq(interviewers.interviewId, id)));
  const unique = [...new Set(contactIds)];
  if (unique.length === 0) return;
  await db.insert(interviewers).values(unique.map((contactId) => ({ userId, interviewId: id, contactId })));
}

/** The ids among `ids` that name no contact of this user. */
export async function foreignContactIds(db: Db, userId: UserId, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.userId, userId), inArray(contacts.id, [...ids])));
  const own = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !own.has(id));
}

/** Whether the application is this user's. */
export async function ownsApplication(db: Db, userId: UserId, id: ApplicationId): Promise<boolean> {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.userId, userId), eq(applications.id, id)));
  return row !== undefined;
}
