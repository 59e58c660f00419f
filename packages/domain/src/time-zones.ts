/*
 * Calendar days and wall-clock times in an IANA zone. Pure: the instant is always passed in, and
 * the zone rules come from the platform's Intl data (the same tz database PostgreSQL uses).
 * Calendar dates are YYYY-MM-DD; a "day number" is days since 1970-01-01, for integer arithmetic.
 */

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(zone: string): Intl.DateTimeFormat {
  let format = zoneFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    zoneFormats.set(zone, format);
  }
  return format;
}

/** The wall clock in `zone` at an instant, as milliseconds of a UTC date with the same fields. */
function wallClockMs(instant: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of zoneFormat(zone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const utc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return utc + (instant - Math.floor(instant / 1000) * 1000);
}

/** How far `zone` is ahead of UTC at an instant, in milliseconds. */
export function zoneOffsetMs(instant: number, zone: string): number {
  return wallClockMs(instant, zone) - instant;
}

/** The wall clock in `zone` at an instant, as YYYY-MM-DDTHH:mm:ss.sss with no offset. */
export function wallClockIso(instant: Date | number, zone: string): string {
  return new Date(wallClockMs(+instant, zone)).toISOString().slice(0, -1);
}

/** The calendar day (YYYY-MM-DD) in `zone` at an instant. */
export function calendarDateIn(instant: Date | number, zone: string): string {
  return wallClockIso(instant, zone).slice(0, 10);
}

/** The date and the HH:mm wall-clock time in `zone` at an instant. */
export function wallClockIn(instant: Date | number, zone: string): { date: string; time: string } {
  const iso = wallClockIso(instant, zone);
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/**
 * The instant at which the clocks in `zone` show `date` (YYYY-MM-DD) at `time` (HH:mm). A time
 * that happens twice (clocks going back) is its earlier instant; a time that never happens (clocks
 * going forward) is moved forward by the length of the gap, as calendar apps and Temporal do.
 */
export function instantAt(date: string, time: string, zone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  // The offsets a day either side bracket any one transition near this wall time.
  const before = wall - zoneOffsetMs(wall - DAY_MS, zone);
  const after = wall - zoneOffsetMs(wall + DAY_MS, zone);
  const fits = [before, after].filter((t) => wallClockMs(t, zone) === wall);
  return new Date(fits.length > 0 ? Math.min(...fits) : before);
}

/**
 * A reader of the local day number of instants (epoch ms) in `zone`. Asking Intl costs a few
 * microseconds, too much for 20,000 history rows, so the offset is read once per UTC day and
 * reused when it is the same at both ends of that day (no change of offset within it); on the
 * day of a change the instant is asked about on its own.
 */
export function zonedDayReader(zone: string): (ms: number) => number {
  const byUtcDay = new Map<number, number | null>();
  return (ms) => {
    const utcDay = Math.floor(ms / DAY_MS);
    let offset = byUtcDay.get(utcDay);
    if (offset === undefined) {
      const start = zoneOffsetMs(utcDay * DAY_MS, zone);
      offset = start === zoneOffsetMs(utcDay * DAY_MS + DAY_MS - 1000, zone) ? start : null;
      byUtcDay.set(utcDay, offset);
    }
    return Math.floor((ms + (offset ?? zoneOffsetMs(ms, zone))) / DAY_MS);
  };
}

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

/** A calendar date `days` later (or earlier) than `date`, both YYYY-MM-DD. */
export function addDaysToDate(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Whole calendar days from `from` to `to` (YYYY-MM-DD): positive when `to` is later. */
export function daysBetweenDates(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
