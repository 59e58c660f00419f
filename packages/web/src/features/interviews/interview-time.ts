import { addDaysToDate, calendarDateIn, instantAt, wallClockIn } from "@loopwise/domain";

/** When an interview happens, as the schedule form edits it: wall-clock fields in its own zone. */
export interface ScheduleFields {
  date: string;
  time: string;
  durationMinutes: number;
  timeZone: string;
}

export const QUICK_DURATIONS = [30, 45, 60, 90] as const;

/** The instants the API stores for a schedule written in its own zone. */
export function scheduleToInstants(fields: ScheduleFields): { startsAt: string; endsAt: string } {
  const start = instantAt(fields.date, fields.time, fields.timeZone);
  const end = new Date(start.getTime() + fields.durationMinutes * 60_000);
  return { startsAt: start.toISOString(), endsAt: end.toISOString() };
}

/** The schedule form's fields for stored instants, in the zone the interview was scheduled in. */
export function instantsToSchedule(startsAt: string, endsAt: string, timeZone: string): ScheduleFields {
  const { date, time } = wallClockIn(Date.parse(startsAt), timeZone);
  const durationMinutes = Math.max(1, Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000));
  return { date, time, durationMinutes, timeZone };
}

/** "Room 4" is a place; "https://meet.example/abc" is a video link (which gets a Join button). */
export function splitPlace(text: string): { location: string | null; videoUrl: string | null } {
  const value = text.trim();
  if (!value) return { location: null, videoUrl: null };
  return /^https?:\/\/\S+$/i.test(value) ? { location: null, videoUrl: value } : { location: value, videoUrl: null };
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function timeFormat(zone: string, withZoneName: boolean): Intl.DateTimeFormat {
  const key = `${zone}|${withZoneName}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      timeZone: zone,
      hour: "numeric",
      minute: "2-digit",
      ...(withZoneName ? { timeZoneName: "short" } : {}),
    });
    timeFormats.set(key, format);
  }
  return format;
}

/** "10:00" (or "10:00 AM") on the clocks of `zone`. */
export function clockTime(instant: string, zone: string): string {
  return timeFormat(zone, false).format(Date.parse(instant));
}

/** "10:00 – 11:00" (or "10:00 AM – 11:00 AM") on the clocks of `zone`. */
export function timeRange(startsAt: string, endsAt: string, zone: string): string {
  const format = timeFormat(zone, false);
  return `${format.format(Date.parse(startsAt))} – ${format.format(Date.parse(endsAt))}`;
}

/** "16:00 CET": the start on the interview's own clocks, to show beside the viewer's when the zones differ. */
export function timeInZone(instant: string, zone: string): string {
  return timeFormat(zone, true).format(Date.parse(instant));
}

/** Whether two zones show different clocks at this instant (Europe/Paris and Europe/Berlin do not). */
export function zonesDiffer(instant: string, a: string, b: string): boolean {
  const at = Date.parse(instant);
  const left = wallClockIn(at, a);
  const right = wallClockIn(at, b);
  return left.date !== right.date || left.time !== right.time;
}

/**
 * "Today", "Tomorrow", "Yesterday" or "Wednesday, March 5" ("Wed, Mar 5" when `short`) for a
 * calendar day, relative to `today`.
 */
export function dayLabel(date: string, today: string, short = false): string {
  if (date === today) return "Today";
  if (date === addDaysToDate(today, 1)) return "Tomorrow";
  if (date === addDaysToDate(today, -1)) return "Yesterday";
  const [y, m, d] = date.split("-").map(Number);
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  return new Intl.DateTimeFormat(undefined, {
    timeZone: "UTC",
    weekday: short ? "short" : "long",
    month: short ? "short" : "long",
    day: "numeric",
    ...(sameYear ? {} : { year: "numeric" }),
  }).format(Date.UTC(y!, m! - 1, d!));
}

export interface DayGroup<T> {
  date: string;
  items: T[];
}

/** Items grouped by the calendar day they start on in `zone`, keeping their order. */
export function groupByDay<T extends { startsAt: string }>(items: readonly T[], zone: string): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const date = calendarDateIn(Date.parse(item.startsAt), zone);
    const last = groups.at(-1);
    if (last?.date === date) last.items.push(item);
    else groups.push({ date, items: [item] });
  }
  return groups;
}

/** The viewer's zone, as the browser reports it. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Every zone the browser knows, with `current` and UTC always among them. */
export function timeZoneNames(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set([current, "UTC", ...known])].sort();
}
