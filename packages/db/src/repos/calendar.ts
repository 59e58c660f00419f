import { and, asc, eq, gte, isNotNull, isNull, ne } from "drizzle-orm";
import { Conflict, NotFound, type InterviewId, type UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { pgErrorCode, UNIQUE_VIOLATION } from "../pg-errors.js";
import { applications, interviews, outreach, tasks, users } from "../schema.js";
import { selectOpenFollowUps, type FollowUpRow } from "./follow-up-select.js";
import { selectInterviews, type InterviewRow } from "./interview-select.js";
import { selectOfferDeadlines, type OfferDeadlineRow } from "./offer-deadline-select.js";
import { selectTasks, type TaskRow } from "./task-select.js";

/** A task the feed shows: open, with a due date. */
export type CalendarTaskRow = TaskRow & { dueOn: string };

export interface CalendarFeedRows {
  interviews: InterviewRow[];
  followUps: FollowUpRow[];
  tasks: CalendarTaskRow[];
  offerDeadlines: OfferDeadlineRow[];
}

/**
 * Everything the feed shows, from `sinceInstant` / `sinceDate` on: interviews that are not
 * cancelled (by their end), open follow-ups, open tasks with a due date, and the offer deadlines
 * of applications that are not archived.
 */
export async function calendarFeedRows(
  db: Db,
  userId: UserId,
  sinceInstant: string,
  sinceDate: string,
): Promise<CalendarFeedRows> {
  const interviewRows = await selectInterviews(
    db,
    userId,
    and(ne(interviews.outcome, "cancelled"), gte(interviews.endsAt, sinceInstant)),
  ).orderBy(asc(interviews.startsAt), asc(interviews.id));

  const followUps = await selectOpenFollowUps(db, userId, gte(outreach.followUpOn, sinceDate)).orderBy(
    asc(outreach.followUpOn),
    asc(outreach.id),
  );

  const taskRows = await selectTasks(
    db,
    userId,
    and(isNull(tasks.doneAt), isNotNull(tasks.dueOn), gte(tasks.dueOn, sinceDate)),
  ).orderBy(asc(tasks.dueOn), asc(tasks.id));

  const offerDeadlines = await selectOfferDeadlines(db, userId, gte(applications.offerDeadline, sinceDate)).orderBy(
    asc(applications.offerDeadline),
    asc(applications.id),
  );

  return {
    interviews: interviewRows,
    followUps,
    tasks: taskRows.map((row) => ({ ...row, dueOn: row.dueOn! })),
    offerDeadlines,
  };
}

/** One interview of the user's, whatever its outcome, for a one-off download. */
export async function getCalendarInterview(db: Db, userId: UserId, id: InterviewId): Promise<InterviewRow> {
  const [row] = await selectInterviews(db, userId, eq(interviews.id, id));
  if (!row) throw new NotFound("No such interview");
  return row;
}

export async function getCalendarToken(db: Db, userId: UserId): Promise<string | null> {
  const [row] = await db.select({ token: users.calendarToken }).from(users).where(eq(users.id, userId));
  if (!row) throw new NotFound("No such user");
  return row.token;
}

/** Sets (or replaces, which revokes the old one) the user's feed token; null turns the feed off. */
export async function setCalendarToken(db: Db, userId: UserId, token: string | null): Promise<void> {
  try {
    const [row] = await db
      .update(users)
      .set({ calendarToken: token })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (!row) throw new NotFound("No such user");
  } catch (error) {
    if (pgErrorCode(error) === UNIQUE_VIOLATION) throw new Conflict("That calendar token is taken; rotate again");
    throw error;
  }
}

/**
 * The user a feed token belongs to. The one lookup without a user id: for a calendar app, the
 * token in the URL is the only credential.
 */
export async function findUserByCalendarToken(db: Db, token: string): Promise<UserId | undefined> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.calendarToken, token));
  return row?.id as UserId | undefined;
}
