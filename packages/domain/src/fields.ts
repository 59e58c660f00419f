import { z } from "zod";

/** Field schemas every boundary shares, so one kind of value fails with one message everywhere. */

export const idSchema = z.uuid({ error: "must be an id (UUID)" });

/** A calendar date as the API carries it: YYYY-MM-DD, and a real day. */
export const isoDateSchema = z.iso.date({ error: "must be a date as YYYY-MM-DD" });

/** An instant with its UTC offset, e.g. 2026-11-24T15:00:00-05:00 or ...Z. */
export const instantSchema = z.iso.datetime({ offset: true, error: "must be a date-time with an offset (ISO 8601)" });

export const trimmed = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `at most ${max} characters` });

export const optionalText = (max: number) => trimmed(max).nullable().optional();

export const requiredText = (max: number) => trimmed(max).min(1, { error: "is required" });

export const urlSchema = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2048);

export const tierSchema = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  error: "must be 1, 2 or 3",
});

/** Markdown notes: long, but bounded. */
export const notesSchema = optionalText(20_000);

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone such as Europe/Berlin. */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, { error: "is required" })
  .refine(isTimeZone, { error: "must be an IANA time zone such as Europe/Berlin" });

/*
 * Calendar days and wall-clock times in an IANA zone. Pure: the instant is always passed in, and
 * the zone rules come from the platform's Intl data (the same tz database PostgreSQL uses).
 */

const DAY_MS = 86_400_000;
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

function isoOf(utcMs: number): { date: string; time: string } {
  const iso = new Date(utcMs).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** The calendar day (YYYY-MM-DD) in `zone` at an instant. */
export function calendarDateIn(instant: Date | number, zone: string): string {
  return isoOf(wallClockMs(+instant, zone)).date;
}

/** The date and the HH:mm wall-clock time in `zone` at an instant. */
export function wallClockIn(instant: Date | number, zone: string): { date: string; time: string } {
  return isoOf(wallClockMs(+instant, zone));
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

/** A calendar date `days` later (or earlier) than `date`, both YYYY-MM-DD. */
export function addDaysToDate(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return isoOf(Date.UTC(y!, m! - 1, d! + days)).date;
}

/** Whole calendar days from `from` to `to` (YYYY-MM-DD): positive when `to` is later. */
export function daysBetweenDates(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
