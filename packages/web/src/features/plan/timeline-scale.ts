import { addDaysToDate, daysBetweenDates } from "@loopwise/domain";

/** The timeline's horizontal axis: whole days from `start`, each `dayWidth` pixels wide. */
export interface TimelineScale {
  start: string;
  days: number;
  dayWidth: number;
}

export interface ScaleOptions {
  /** Never fewer days than this, so a short plan is not stretched into huge days. */
  minDays?: number;
  /** Never more days than this after today, so one slow outlier does not squash the rest. */
  maxDaysAfterToday?: number;
  /** Days of margin before the first and after the last date. */
  padDays?: number;
}

/** A scale covering every date given (and today), fitted to `width` pixels. */
export function timelineScale(
  dates: readonly string[],
  today: string,
  width: number,
  { minDays = 42, maxDaysAfterToday = 182, padDays = 3 }: ScaleOptions = {},
): TimelineScale {
  let first = today;
  let last = today;
  for (const date of dates) {
    if (date < first) first = date;
    if (date > last) last = date;
  }
  const latest = addDaysToDate(today, maxDaysAfterToday);
  if (last > latest) last = latest;
  const start = addDaysToDate(first, -padDays);
  const days = Math.max(minDays, daysBetweenDates(start, last) + padDays + 1);
  return { start, days, dayWidth: Math.max(1, width) / days };
}

/** The x of a date's left edge (the start of that day). */
export function xOfDate(scale: TimelineScale, date: string): number {
  return daysBetweenDates(scale.start, date) * scale.dayWidth;
}

/** The day under an x, clamped to the scale. */
export function dateAtX(scale: TimelineScale, x: number): string {
  // The epsilon keeps a day's own left edge (n × width, rounded) on that day.
  const day = Math.min(scale.days - 1, Math.max(0, Math.floor(x / scale.dayWidth + 1e-9)));
  return addDaysToDate(scale.start, day);
}

/** A horizontal drag of `dx` pixels as whole days (the drag snaps to days). */
export function dragDays(dx: number, dayWidth: number): number {
  if (dayWidth <= 0) return 0;
  const days = Math.round(dx / dayWidth);
  return days === 0 ? 0 : days; // no -0
}

/** A bar from the start of `from` to the end of `to` (a one-day bar when they are equal). */
export function spanOf(scale: TimelineScale, from: string, to: string): { left: number; width: number } {
  const [a, b] = from <= to ? [from, to] : [to, from];
  const left = xOfDate(scale, a);
  return { left, width: xOfDate(scale, b) + scale.dayWidth - left };
}

/** Mondays inside the scale, for the axis' grid lines and labels. */
export function weekStarts(scale: TimelineScale): string[] {
  const weekday = new Date(`${scale.start}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const toMonday = (8 - weekday) % 7;
  const result: string[] = [];
  for (let day = toMonday; day < scale.days; day += 7) result.push(addDaysToDate(scale.start, day));
  return result;
}
