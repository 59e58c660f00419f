import { and, asc, eq, gte, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { Conflict, NotFound, type InterviewId, type UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { pgErrorCode, UNIQUE_VIOLATION } from "../pg-errors.js";
import { applications, companies, contacts, interviews, outreach, tasks, users } from "../schema.js";

/** What the calendar writes about one interview. */
export interface CalendarInterviewRow {
  id: string;
  applicationId: string;
  parentId: string | null;
  kind: string;
  title: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  location: string | null;
  videoUrl: string | null;
  prepare: string | null;
  outcome: string;
  updatedAt: string;
  companyName: string;
  roleTitle: string;
  /** Interviewers' names, alphabetical. */
  interviewers: string[];
}

export interface CalendarFollowUpRow {
  id: string;
  contactId: string;
  contactName: string;
  companyName: string | null;
  on: string;
  channel: string;
  summary: string;
  followUpOn: string;
  updatedAt: string;
}

export interface CalendarTaskRow {
  id: string;
  title: string;
  notes: string | null;
  dueOn: string;
  updatedAt: string;
  applicationId: string | null;
  companyName: string | null;
  roleTitle: string | null;
  contactName: string | null;
}

export interface CalendarOfferDeadlineRow {
  applicationId: string;
  companyName: string;
  roleTitle: string;
  offerDeadline: string;
  updatedAt: string;
}

export interface CalendarFeedRows {
  interviews: CalendarInterviewRow[];
  followUps: CalendarFollowUpRow[];
  tasks: CalendarTaskRow[];
  offerDeadlines: CalendarOfferDeadlineRow[];
}

const interviewColumns = {
  id: interviews.id,
  applicationId: interviews.applicationId,
  parentId: interviews.parentId,
  kind: interviews.kind,
  title: interviews.title,
  startsAt: interviews.startsAt,
  endsAt: interviews.endsAt,
  timeZone: interviews.timeZone,
  location: interviews.location,
  videoUrl: interviews.videoUrl,
  prepare: interviews.prepare,
  outcome: interviews.outcome,
  updatedAt: interviews.updatedAt,
  companyName: companies.name,
  roleTitle: applications.roleTitle,
  // Spelled out: inside a subquery Drizzle writes columns unqualified.
  interviewers: sql<string[]>`array(
    select c.name from "interviewers" i
    join "contacts" c on c.id = i.contact_id and c.user_id = i.user_id
    where i.interview_id = "interviews"."id" and i.user_id = "interviews"."user_id"
    order by lower(c.name), c.id)`,
};

/** The company of a task's application, beside the company a task may name itself. */
const applicationCompany = alias(companies, "application_company");

function interviewsJoined(db: Db) {
  return db
    .select(interviewColumns)
    .from(interviews)
    .innerJoin(
      applications,
      and(eq(applications.id, interviews.applicationId), eq(applications.userId, interviews.userId)),
    )
    .innerJoin(companies, and(eq(companies.id, applications.companyId), eq(companies.userId, applications.userId)));
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
  const interviewRows = await interviewsJoined(db)
    .where(
      and(eq(interviews.userId, userId), ne(interviews.outcome, "cancelled"), gte(interviews.endsAt, sinceInstant)),
    )
    .orderBy(asc(interviews.startsAt), asc(interviews.id));

  const followUps = await db
    .select({
      id: outreach.id,
      contactId: outreach.contactId,
      contactName: contacts.name,
      companyName: companies.name,
      on: outreach.on,
      channel: outreach.channel,
      summary: outreach.summary,
      followUpOn: sql<string>`${outreach.followUpOn}`.mapWith(outreach.followUpOn),
      updatedAt: outreach.updatedAt,
    })
    .from(outreach)
    .innerJoin(contacts, and(eq(contacts.id, outreach.contactId), eq(contacts.userId, outreach.userId)))
    .leftJoin(companies, and(eq(companies.id, contacts.companyId), eq(companies.userId, contacts.userId)))
    .where(
      and(
        eq(outreach.userId, userId),
        eq(outreach.followUpDone, false),
        isNotNull(outreach.followUpOn),
        gte(outreach.followUpOn, sinceDate),
      ),
    )
    .orderBy(asc(outreach.followUpOn), asc(outreach.id));

  const taskRows = await db
    .select({
      id: tasks.id,
      title: tasks.title,
      notes: tasks.notes,
      dueOn: sql<string>`${tasks.dueOn}`.mapWith(tasks.dueOn),
      updatedAt: tasks.updatedAt,
      applicationId: tasks.applicationId,
      // A task on an application names its company even when the task names none itself.
      companyName: sql<string | null>`coalesce(${companies.name}, ${applicationCompany.name})`,
      roleTitle: applications.roleTitle,
      contactName: contacts.name,
    })
    .from(tasks)
    .leftJoin(companies, and(eq(companies.id, tasks.companyId), eq(companies.userId, tasks.userId)))
    .leftJoin(applications, and(eq(applications.id, tasks.applicationId), eq(applications.userId, tasks.userId)))
    .leftJoin(
      applicationCompany,
      and(eq(applicationCompany.id, applications.companyId), eq(applicationCompany.userId, applications.userId)),
    )
    .leftJoin(contacts, and(eq(contacts.id, tasks.contactId), eq(contacts.userId, tasks.userId)))
    .where(and(eq(tasks.userId, userId), isNull(tasks.doneAt), isNotNull(tasks.dueOn), gte(tasks.dueOn, sinceDate)))
    .orderBy(asc(tasks.dueOn), asc(tasks.id));

  const offerDeadlines = await db
    .select({
      applicationId: applications.id,
      companyName: companies.name,
      roleTitle: applications.roleTitle,
      offerDeadline: sql<string>`${applications.offerDeadline}`.mapWith(applications.offerDeadline),
      updatedAt: applications.updatedAt,
    })
    .from(applications)
    .innerJoin(companies, and(eq(companies.id, applications.companyId), eq(companies.userId, applications.userId)))
    .where(
      and(
        eq(applications.userId, userId),
        eq(applications.archived, false),
        isNotNull(applications.offerDeadline),
        gte(applications.offerDeadline, sinceDate),
      ),
    )
    .orderBy(asc(applications.offerDeadline), asc(applications.id));

  return { interviews: interviewRows, followUps, tasks: taskRows, offerDeadlines };
}

/** One interview of the user's, whatever its outcome, for a one-off download. */
export async function getCalendarInterview(db: Db, userId: UserId, id: InterviewId): Promise<CalendarInterviewRow> {
  const [row] = await interviewsJoined(db).where(and(eq(interviews.userId, userId), eq(interviews.id, id)));
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
