import type { CalendarFeedRows, InterviewRow } from "@loopwise/db";
import { INTERVIEW_KIND_LABELS, type InterviewKind } from "@loopwise/domain";
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { allDayEvents } from "./calendar-ics-all-day.js";
import { calendarZone, ZonedInstant } from "./calendar-zoned-time.js";
import { lines, plainText, uriValue, type IcsContext } from "./calendar-ics-text.js";

/** How often a subscribed calendar should fetch the feed again. */
const REFRESH_SECONDS = 60 * 60;

/** "Coding" alone reads oddly in a calendar; these kinds read as "... interview". */
const INTERVIEW_SUFFIXED: ReadonlySet<InterviewKind> = new Set([
  "coding",
  "system_design",
  "behavioral",
  "hiring_manager",
]);

function kindPhrase(kind: string): string {
  const label = INTERVIEW_KIND_LABELS[kind as InterviewKind] ?? "Interview";
  return INTERVIEW_SUFFIXED.has(kind as InterviewKind) ? `${label} interview` : label;
}

/** "Coding interview · Acme — Senior Engineer", with the interview's own title when it has one. */
export function interviewSummary(row: InterviewRow): string {
  const what = row.title ? `${kindPhrase(row.kind)}: ${row.title}` : kindPhrase(row.kind);
  return plainText(`${what} · ${row.companyName} — ${row.roleTitle}`);
}

function interviewDescription(row: InterviewRow, context: IcsContext): string {
  return lines(
    `${kindPhrase(row.kind)} for ${row.roleTitle} at ${row.companyName}`,
    row.parentId ? "Part of an onsite loop" : null,
    row.interviewers.length > 0 ? `Interviewers: ${row.interviewers.map((person) => person.name).join(", ")}` : null,
    row.videoUrl ? `Join: ${row.videoUrl}` : null,
    row.prepare ? `\nPrepare:\n${row.prepare}` : null,
    context.appUrl ? `\nOpen in Loopwise: ${context.appUrl}/applications/${row.applicationId}` : null,
  );
}

function addInterview(calendar: ICalCalendar, row: InterviewRow, context: IcsContext): void {
  const start = new Date(row.startsAt);
  const end = new Date(row.endsAt);
  // A zone without a VTIMEZONE (none today) falls back to UTC: a calendar still shows the right instant.
  const zone = calendarZone(row.timeZone);
  calendar.createEvent({
    id: `interview-${row.id}@loopwise`,
    start: zone ? new ZonedInstant(start, zone.tzid) : start,
    end: zone ? new ZonedInstant(end, zone.tzid) : end,
    timezone: zone?.tzid ?? null,
    stamp: context.now,
    lastModified: new Date(row.updatedAt),
    summary: interviewSummary(row),
    location: row.location ? plainText(row.location) : row.videoUrl,
    url: row.videoUrl ? uriValue(row.videoUrl) : null,
    description: interviewDescription(row, context),
    status: row.outcome === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

function newCalendar(method: ICalCalendarMethod | null): ICalCalendar {
  return new ICalCalendar({
    name: "Loopwise",
    prodId: { company: "Loopwise", product: "Loopwise", language: "EN" },
    method,
    // No calendar-wide zone (stamps stay UTC); one VTIMEZONE for each zone an event uses.
    timezone: { name: null, generator: (tzid) => calendarZone(tzid)?.vtimezone ?? null },
  });
}

/** The subscription feed: interviews, follow-ups, tasks and offer deadlines. */
export function feedCalendar(rows: CalendarFeedRows, context: IcsContext): string {
  const calendar = newCalendar(null).ttl(REFRESH_SECONDS);
  for (const row of rows.interviews) addInterview(calendar, row, context);
  for (const event of allDayEvents(rows, context)) calendar.createEvent(event);
  return calendar.toString();
}

/** One interview as a file to open in any calendar app. */
export function interviewCalendar(row: InterviewRow, context: IcsContext): string {
  const calendar = newCalendar(ICalCalendarMethod.PUBLISH);
  addInterview(calendar, row, context);
  return calendar.toString();
}
