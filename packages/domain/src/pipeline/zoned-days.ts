/**
 * Calendar days in a time zone, as whole "day numbers" (days since 1970-01-01), so week
 * arithmetic is integer arithmetic. Pure: the zone rules come from Intl, no clock is read.
 */

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a calendar date written YYYY-MM-DD. */
export function dayNumber(date: string): number {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`${date} is not a date as YYYY-MM-DD`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** The calendar date (YYYY-MM-DD) of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday that starts the ISO week holding `day` (1970-01-01 was a Thursday). */
export function mondayOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** The ISO week label of the week starting on the Monday `monday`, e.g. "2025-W09". */
export function isoWeekLabel(monday: number): string {
  // The ISO year of a week is the year of its Thursday.
  const thursday = monday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The zone's offset from UTC at an instant, in milliseconds (local wall time minus UTC). */
function offsetReader(timeZone: string): (ms: number) => number {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  return (ms) => {
    const part: Record<string, number> = {};
    for (const { type, value } of format.formatToParts(ms)) part[type] = Number(value);
    const wall = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
    return wall - Math.floor(ms / 1000) * 1000;
  };
}

/**
 * A reader of the local day number of instants (epoch ms) in `timeZone`. Asking Intl costs a few
 * microseconds, too much for 20,000 history rows, so the offset is read once per UTC day and
 * reused when it is the same at both ends of that day (no change of offset within it); on the
 * day of a change the instant is asked about on its own.
 */
export function zonedDayReader(timeZone: string): (ms: number) => number {
  const offsetAt = offsetReader(timeZone);
  const byUtcDay = new Map<number, number | null>();
  return (ms) => {
    const utcDay = Math.floor(ms / DAY_MS);
    let offset = byUtcDay.get(utcDay);
    if (offset === undefined) {
      const start = offsetAt(utcDay * DAY_MS);
      offset = start === offsetAt(utcDay * DAY_MS + DAY_MS - 1000) ? start : null;
      byUtcDay.set(utcDay, offset);
    }
    return Math.floor((ms + (offset ?? offsetAt(ms))) / DAY_MS);
  };
}

/** The calendar date (YYYY-MM-DD) an instant falls on in `timeZone`. */
export function zonedDate(instant: string | number, timeZone: string): string {
  const ms = typeof instant === "number" ? instant : Date.parse(instant);
  return dateOfDay(zonedDayReader(timeZone)(ms));
}
