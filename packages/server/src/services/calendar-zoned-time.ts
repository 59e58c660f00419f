import { wallClockIso } from "@loopwise/domain";
import type { ICalDayJsStub } from "ical-generator";
import { tzlib_get_ical_block, tzlib_get_timezones } from "timezones-ical-library";

const knownZones = new Set(tzlib_get_timezones(false));

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
    const wall = wallClockIso(this.instant, this.zone);
    if (pattern === "YYYYMMDD") return wall.slice(0, 10).replaceAll("-", "");
    if (pattern === "HHmmss") return wall.slice(11, 19).replaceAll(":", "");
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
