import { and, asc, desc, eq, gt, gte, lt, lte, ne, sql } from "drizzle-orm";
import type { UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { applications, companies, contacts, interviews, outreach } from "../schema.js";
import { selectInterviews, type InterviewRow } from "./interviews.js";

/** Interviews starting in [from, to), cancelled ones left out. */
export async function interviewsStartingBetween(
  db: Db,
  userId: UserId,
  from: string,
  to: string,
): Promise<InterviewRow[]> {
  return selectInterviews(
    db,
    userId,
    and(gte(interviews.startsAt, from), lt(interviews.startsAt, to), ne(interviews.outcome, "cancelled")),
  ).orderBy(asc(interviews.startsAt), asc(interviews.id));
}

/**
 * Interviews that ended in (since, now], not cancelled, whose notes are still empty; latest first.
 * An onsite loop with sessions owes none itself: each session has its own notes.
 */
export async function interviewsOwingNotes(
  db: Db,
  userId: UserId,
  since: string,
  now: string,
): Promise<InterviewRow[]> {
  return selectInterviews(
    db,
    userId,
    and(
      gt(interviews.endsAt, since),
      lte(interviews.endsAt, now),
      ne(interviews.outcome, "cancelled"),
      sql`coalesce(btrim(${interviews.notes}), '') = ''`,
      sql`not exists (select 1 from "interviews" s where s.parent_id = "interviews"."id" and s.user_id = "interviews"."user_id")`,
    ),
  ).orderBy(desc(interviews.endsAt), asc(interviews.id));
}

export interface FollowUpRow {
  outreachId: string;
  contactId: string;
  contactName: string;
  companyName: string | null;
  followUpOn: string;
  summary: string;
}

/** Open follow-ups due on or before `date`, the oldest first. */
export async function followUpsDueBy(db: Db, userId: UserId, date: string): Promise<FollowUpRow[]> {
  const rows = await db
    .select({
      outreachId: outreach.id,
      contactId: outreach.contactId,
      contactName: contacts.name,
      companyName: companies.name,
      followUpOn: outreach.followUpOn,
      summary: outreach.summary,
    })
    .from(outreach)
    .innerJoin(contacts, and(eq(contacts.id, outreach.contactId), eq(contacts.userId, outreach.userId)))
    .leftJoin(companies, and(eq(companies.id, contacts.companyId), eq(companies.userId, contacts.userId)))
    .where(and(eq(outreach.userId, userId), eq(outreach.followUpDone, false), lte(outreach.followUpOn, date)))
    .orderBy(asc(outreach.followUpOn), asc(outreach.on), asc(outreach.id));
  return rows.map((row) => ({ ...row, followUpOn: row.followUpOn! }));
}

export interface OfferDeadlineRow {
  applicationId: string;
  companyName: string;
  roleTitle: string;
  offerDeadline: string;
}

/** Applications not archived whose offer deadline falls in [from, to] (dates), the soonest first. */
export async function offerDeadlinesBetween(
  db: Db,
  userId: UserId,
  from: string,
  to: string,
): Promise<OfferDeadlineRow[]> {
  const rows = await db
    .select({
      applicationId: applications.id,
      companyName: companies.name,
      roleTitle: applications.roleTitle,
      offerDeadline: applications.offerDeadline,
    })
    .from(applications)
    .innerJoin(companies, and(eq(companies.id, applications.companyId), eq(companies.userId, applications.userId)))
    .where(
      and(
        eq(applications.userId, userId),
        eq(applications.archived, false),
        gte(applications.offerDeadline, from),
        lte(applications.offerDeadline, to),
      ),
    )
    .orderBy(asc(applications.offerDeadline), asc(sql`lower(${companies.name})`));
  return rows.map((row) => ({ ...row, offerDeadline: row.offerDeadline! }));
}
