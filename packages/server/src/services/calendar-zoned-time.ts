import type { ICalDayJsStub } from "ical-generator";
import { tzlib_get_ical_block, tzlib_get_timezones } from "timezones-ical-library";

const knownZones = new Set(tzlib_get_timezones(false));
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time of an instant in a zone, as YYYYMMDD and HHmmss. */
export function wallClock(instant: Date, zone: string): { date: string; time: string } {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) parts[part.type] = part.value;
  const year = (parts.year ?? "").padStart(4, "0");
  return {
    date: `${year}${parts.month}${parts.day}`,
    time: `${parts.hour}${parts.minute}${parts.second}`,
  };
}

/** The calendar date (YYYY-MM-DD) an instant falls on in a zone. */
export function localDate(instant: Date, zone: string): string {
  const { date } = wallClock(instant, zone);
  return `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
}

/**
 * An instant seen in one IANA zone, in the shape ical-generator takes for zoned times (its Day.js
 * stub): with a native Date it would write the server's own local time under the event's TZID.
 */
export class ZonedInstant implements ICalDayJsStub {
  constructor(
    private readonly instant: Date,
    private readonly zone: string,
  ) {}

  tz(zone?: string): ZonedInstant {
    return new ZonedInstant(this.instant, zone ?? this.zone);
  }

  utc(): ZonedInstant {
    return new ZonedInstant(this.instant, "UTC");
  }

  /** ical-generator asks for exactly these two patterns. */
  format(pattern?: string): string {
    const { date, time } = wallClock(this.instant, this.zone);
    if (pattern === "YYYYMMDD") return date;
    if (pattern === "HHmmss") return time;
    throw new Error(`ZonedInstant cannot format "${pattern}"`);
  }

  isValid(): boolean {
    return !Number.isNaN(this.instant.getTime());
  }

  toDate(): Date {
    return new Date(this.instant);
  }

  toJSON(): string {
    return this.instant.toISOString();
  }
}

/** A zone as calendars name it, with its VTIMEZONE block. */
export interface CalendarZone {
  tzid: string;
  vtimezone: string;
}

/**
 * The canonical zone the library has a VTIMEZONE for (an alias such as Asia/Calcutta becomes
 * Asia/Kolkata), or null when it has none: such an event is written in UTC, still the right instant.
 */
export function calendarZone(zone: string): CalendarZone | null {
  if (!knownZones.has(zone)) return null;
  const block = tzlib_get_ical_block(zone, false);
  if (!Array.isArray(block) || !block[0] || !block[1]) return null;
  const tzid = block[1].replace(/^TZID=/, "");
  return { tzid, vtimezone: block[0] };
}
