import { and, asc, desc, gt, gte, lt, lte, ne, sql } from "drizzle-orm";
import type { UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { applications, companies, interviews, outreach } from "../schema.js";
import { selectOpenFollowUps, type FollowUpRow } from "./follow-up-select.js";
import { selectInterviews, type InterviewRow } from "./interview-select.js";
import { selectOfferDeadlines, type OfferDeadlineRow } from "./offer-deadline-select.js";

export type { FollowUpRow } from "./follow-up-select.js";
export type { OfferDeadlineRow } from "./offer-deadline-select.js";

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

/** Open follow-ups due on or before `date`, the oldest first. */
export async function followUpsDueBy(db: Db, userId: UserId, date: string): Promise<FollowUpRow[]> {
  return selectOpenFollowUps(db, userId, lte(outreach.followUpOn, date)).orderBy(
    asc(outreach.followUpOn),
    asc(outreach.on),
    asc(outreach.id),
  );
}

/** Applications not archived whose offer deadline falls in [from, to] (dates), the soonest first. */
export async function offerDeadlinesBetween(
  db: Db,
  userId: UserId,
  from: string,
  to: string,
): Promise<OfferDeadlineRow[]> {
  return selectOfferDeadlines(
    db,
    userId,
    and(gte(applications.offerDeadline, from), lte(applications.offerDeadline, to)),
  ).orderBy(asc(applications.offerDeadline), asc(sql`lower(${companies.name})`));
}
