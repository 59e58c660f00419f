import { z } from "zod";
import { isoDateSchema } from "../fields.js";
import { daysBetweenDates } from "../time-zones.js";

export const DEADLINE_URGENCIES = ["calm", "soon", "urgent", "past"] as const;
export type DeadlineUrgency = (typeof DEADLINE_URGENCIES)[number];

/** Days left at which a deadline turns "soon" and "urgent". */
export const DEADLINE_SOON_DAYS = 3;
export const DEADLINE_URGENT_DAYS = 1;

export interface DeadlineStatus {
  deadline: string;
  /** Whole calendar days from today to the deadline; 0 on the day, negative once past. */
  daysLeft: number;
  /** "in 3 days", "tomorrow", "today", "yesterday", "2 days ago". */
  label: string;
  urgency: DeadlineUrgency;
}

const datesSchema = z.object({ deadline: isoDateSchema, today: isoDateSchema });

/** How a number of days left reads in a sentence: "in 3 days", "today", "2 days ago". */
export function daysLeftLabel(daysLeft: number): string {
  if (daysLeft === 0) return "today";
  if (daysLeft === 1) return "tomorrow";
  if (daysLeft === -1) return "yesterday";
  return daysLeft > 0 ? `in ${daysLeft} days` : `${-daysLeft} days ago`;
}

/** Past below 0 days, urgent at 0-1 days, soon at 2-3, calm beyond. */
export function deadlineUrgency(daysLeft: number): DeadlineUrgency {
  if (daysLeft < 0) return "past";
  if (daysLeft <= DEADLINE_URGENT_DAYS) return "urgent";
  if (daysLeft <= DEADLINE_SOON_DAYS) return "soon";
  return "calm";
}

/** Days left to a deadline from `today` (YYYY-MM-DD both), with its label and urgency. */
export function deadlineStatus(deadline: string, today: string): DeadlineStatus {
  const dates = datesSchema.parse({ deadline, today });
  const daysLeft = daysBetweenDates(dates.today, dates.deadline);
  return { deadline, daysLeft, label: daysLeftLabel(daysLeft), urgency: deadlineUrgency(daysLeft) };
}
