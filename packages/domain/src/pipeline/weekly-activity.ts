import type { InterviewOutcome } from "../people/interviews.js";
import { dateOfDay, dayNumber, zonedDayReader } from "../time-zones.js";
import { APPLIED_INDEX, funnelIndex, toTimeline, type StageStep, type TimedStep } from "./analytics-timeline.js";
import { isoWeekLabel, mondayOf } from "./iso-weeks.js";

/** An interview as the activity counts it. */
export interface ActivityInterview {
  /** ISO timestamp. */
  readonly startsAt: string;
  readonly outcome: InterviewOutcome;
  /** An onsite loop with sessions: its sessions are counted, not the loop. */
  readonly hasSessions: boolean;
}

export interface ActivityInput {
  readonly applications: readonly { readonly steps: readonly StageStep[] }[];
  readonly interviews: readonly ActivityInterview[];
  /** Outreach entries by their date (YYYY-MM-DD, a calendar date with no zone). */
  readonly outreach: readonly { readonly on: string }[];
}

export interface ActivityOptions {
  /** IANA zone whose calendar decides the day (and so the week) of an instant. */
  readonly timeZone: string;
  /** ISO timestamp: interviews after it have not been held yet; without `to`, the series ends in its week. */
  readonly now: string;
  /** First day counted (YYYY-MM-DD); without it, the day of the earliest activity. */
  readonly from?: string | null;
  /** Last day counted (YYYY-MM-DD); without it, today in `timeZone`. */
  readonly to?: string | null;
}

export interface WeekActivity {
  /** The Monday that starts the ISO week, YYYY-MM-DD. */
  weekStart: string;
  /** The ISO week, e.g. "2025-W09". */
  week: string;
  /** Applications that entered the pipeline (their first history step). */
  added: number;
  /** Applications that reached "applied" (or skipped past it) for the first time. */
  applied: number;
  /** Stage changes after the first step. */
  moves: number;
  /** Interviews held: started by `now`, not cancelled; a loop's sessions rather than the loop. */
  interviews: number;
  /** Outreach log entries. */
  outreach: number;
}

/** The series never covers more than ten years of weeks: the latest ones are kept. */
export const MAX_WEEKS = 522;

type Counter = Exclude<keyof WeekActivity, "weekStart" | "week">;

/**
 * Activity per ISO week (Monday to Sunday in `timeZone`) over the days from `from` to `to`. Every
 * week of the span is present, with zeros when nothing happened, so a chart never skips one; with
 * no `from` and no activity at all the series is empty.
 */
export function weeklyActivity(input: ActivityInput, options: ActivityOptions): WeekActivity[] {
  return weeklyActivityOf({ ...input, applications: input.applications.map((app) => toTimeline(app.steps)) }, options);
}

/** weeklyActivity over timelines already parsed. */
export function weeklyActivityOf(
  input: Omit<ActivityInput, "applications"> & { applications: readonly (readonly TimedStep[])[] },
  options: ActivityOptions,
): WeekActivity[] {
  const dayOf = zonedDayReader(options.timeZone);
  const nowMs = Date.parse(options.now);
  const first = options.from ? dayNumber(options.from) : Number.NEGATIVE_INFINITY;
  const last = options.to ? dayNumber(options.to) : dayOf(nowMs);
  const counts = new Map<number, Record<Counter, number>>();
  let earliest = Number.POSITIVE_INFINITY;
  const count = (day: number, counter: Counter) => {
    if (day < first || day > last) return;
    earliest = Math.min(earliest, day);
    const monday = mondayOf(day);
    let week = counts.get(monday);
    if (!week) counts.set(monday, (week = { added: 0, applied: 0, moves: 0, interviews: 0, outreach: 0 }));
    week[counter]++;
  };

  for (const timeline of input.applications) {
    const firstApplied = timeline.find((step) => funnelIndex(step.stage) >= APPLIED_INDEX);
    if (firstApplied) count(dayOf(firstApplied.ms), "applied");
    timeline.forEach((step, i) => count(dayOf(step.ms), i === 0 ? "added" : "moves"));
  }
  for (const interview of input.interviews) {
    const ms = Date.parse(interview.startsAt);
    if (interview.hasSessions || interview.outcome === "cancelled" || ms > nowMs) continue;
    count(dayOf(ms), "interviews");
  }
  for (const entry of input.outreach) count(dayNumber(entry.on), "outreach");

  const start = Number.isFinite(first) ? first : earliest;
  if (!Number.isFinite(start) || start > last) return [];
  const lastMonday = mondayOf(last);
  const series: WeekActivity[] = [];
  for (let monday = Math.max(mondayOf(start), lastMonday - (MAX_WEEKS - 1) * 7); monday <= lastMonday; monday += 7) {
    const week = counts.get(monday);
    series.push({
      weekStart: dateOfDay(monday),
      week: isoWeekLabel(monday),
      added: week?.added ?? 0,
      applied: week?.applied ?? 0,
      moves: week?.moves ?? 0,
      interviews: week?.interviews ?? 0,
      outreach: week?.outreach ?? 0,
    });
  }
  return series;
}
