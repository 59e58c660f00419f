import {
  followUpsDueBy,
  interviewsOwingNotes,
  interviewsStartingBetween,
  listTasks,
  offerDeadlinesBetween,
  type Db,
} from "@loopwise/db";
import {
  addDaysToDate,
  calendarDateIn,
  daysBetweenDates,
  instantAt,
  type ApplicationId,
  type ContactId,
  type OutreachId,
  type TodayAgenda,
  type UserId,
} from "@loopwise/domain";
import { toInterview } from "./interviews-dto.js";
import { toTask } from "./tasks-dto.js";
import { todayPlanActions } from "./timing.js";

/** How long a finished interview keeps asking for its notes. */
export const NOTES_OWED_DAYS = 14;
/** How far ahead an offer deadline shows. */
export const OFFER_DEADLINE_DAYS = 7;

const DAY_MS = 86_400_000;

/** Where a calendar day in `zone` begins, as an ISO instant (midnight, or the first minute after a gap). */
function startOfDay(date: string, zone: string): string {
  return instantAt(date, "00:00", zone).toISOString();
}

/** What is due on the calendar day that `now` falls on in `zone`. */
export async function agenda(db: Db, userId: UserId, zone: string, now: Date): Promise<TodayAgenda> {
  const date = calendarDateIn(now, zone);
  const tomorrow = addDaysToDate(date, 1);
  const [todayStart, tomorrowStart, dayAfterStart] = [date, tomorrow, addDaysToDate(date, 2)].map((day) =>
    startOfDay(day, zone),
  );
  const at = now.toISOString();
  const since = new Date(now.getTime() - NOTES_OWED_DAYS * DAY_MS).toISOString();
  const [today, tomorrowRows, owed, followUps, tasks, offers, planActions] = await Promise.all([
    interviewsStartingBetween(db, userId, todayStart!, tomorrowStart!),
    interviewsStartingBetween(db, userId, tomorrowStart!, dayAfterStart!),
    interviewsOwingNotes(db, userId, since, at),
    followUpsDueBy(db, userId, date),
    listTasks(db, userId, { status: "open", dueBy: date }),
    offerDeadlinesBetween(db, userId, date, addDaysToDate(date, OFFER_DEADLINE_DAYS)),
    todayPlanActions(db, userId, zone, now),
  ]);
  return {
    date,
    interviews: { today: today.map(toInterview), tomorrow: tomorrowRows.map(toInterview) },
    followUps: followUps.map((row) => ({
      outreachId: row.id as OutreachId,
      contactId: row.contactId as ContactId,
      contactName: row.contactName,
      companyName: row.companyName,
      followUpOn: row.followUpOn,
      summary: row.summary,
      daysOverdue: daysBetweenDates(row.followUpOn, date),
    })),
    tasks: tasks.map(toTask),
    notesOwed: owed.map(toInterview),
    offerDeadlines: offers.map((row) => ({
      applicationId: row.applicationId as ApplicationId,
      companyName: row.companyName,
      roleTitle: row.roleTitle,
      offerDeadline: row.offerDeadline,
      daysLeft: daysBetweenDates(date, row.offerDeadline),
    })),
    planActions,
  };
}
