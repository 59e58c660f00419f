import type { CalendarFeedRows, CalendarTaskRow, FollowUpRow, OfferDeadlineRow } from "@loopwise/db";
import { OUTREACH_CHANNEL_LABELS, type OutreachChannel } from "@loopwise/domain";
import { ICalEventTransparency, type ICalEventData } from "ical-generator";
import { lines, plainText, type IcsContext } from "./calendar-ics-text.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A whole-day reminder on a calendar date. All-day events carry no zone (a date is a date
 * wherever the user is), and they do not mark the user busy.
 */
function onDay(
  date: string,
  updatedAt: string,
  context: IcsContext,
): Pick<ICalEventData, "start" | "end" | "allDay" | "stamp" | "lastModified" | "transparency"> {
  const start = new Date(`${date}T00:00:00.000Z`);
  return {
    start,
    end: new Date(start.getTime() + DAY_MS),
    allDay: true,
    stamp: context.now,
    lastModified: new Date(updatedAt),
    transparency: ICalEventTransparency.TRANSPARENT,
  };
}

function applicationLink(context: IcsContext, applicationId: string | null): string | null {
  return context.appUrl && applicationId ? `\nOpen in Loopwise: ${context.appUrl}/applications/${applicationId}` : null;
}

function followUp(row: FollowUpRow, context: IcsContext): ICalEventData {
  const who = row.companyName ? `${row.contactName} (${row.companyName})` : row.contactName;
  const channel = OUTREACH_CHANNEL_LABELS[row.channel as OutreachChannel] ?? row.channel;
  return {
    id: `follow-up-${row.id}@loopwise`,
    ...onDay(row.followUpOn, row.updatedAt, context),
    summary: plainText(`Follow up · ${who}`),
    description: lines(`Last contact on ${row.on} (${channel}):`, row.summary),
  };
}

function task(row: CalendarTaskRow, context: IcsContext): ICalEventData {
  // A task on an application names its company even when the task names none itself.
  const about = [row.companyName ?? row.applicationCompanyName, row.applicationRoleTitle].filter(Boolean).join(" — ");
  return {
    id: `task-${row.id}@loopwise`,
    ...onDay(row.dueOn, row.updatedAt, context),
    summary: plainText(`Task · ${row.title}`),
    description: lines(
      about ? `For ${about}` : null,
      row.contactName ? `With ${row.contactName}` : null,
      row.notes ? `\n${row.notes}` : null,
      applicationLink(context, row.applicationId),
    ),
  };
}

function offerDeadline(row: OfferDeadlineRow, context: IcsContext): ICalEventData {
  return {
    id: `offer-deadline-${row.applicationId}@loopwise`,
    ...onDay(row.offerDeadline, row.updatedAt, context),
    summary: plainText(`Offer deadline · ${row.companyName}`),
    description: lines(
      `The offer for ${row.roleTitle} at ${row.companyName} must be answered by this day.`,
      applicationLink(context, row.applicationId),
    ),
  };
}

/** Follow-ups, tasks and offer deadlines as all-day events. */
export function allDayEvents(rows: CalendarFeedRows, context: IcsContext): ICalEventData[] {
  return [
    ...rows.followUps.map((row) => followUp(row, context)),
    ...rows.tasks.map((row) => task(row, context)),
    ...rows.offerDeadlines.map((row) => offerDeadline(row, context)),
  ];
}
