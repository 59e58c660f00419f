import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDaysToDate,
  calendarDateIn,
  dateOfDay,
  dayNumber,
  daysBetweenDates,
  instantAt,
  wallClockIn,
  wallClockIso,
  zonedDayReader,
  zoneOffsetMs,
} from "../src/index.js";

const ZONES = [
  "UTC",
  "America/New_York",
  "America/Los_Angeles",
  "America/Santiago",
  "Europe/London",
  "Europe/Berlin",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Pacific/Auckland",
  "Pacific/Chatham",
];

/** The local date of an instant straight from Intl, without the reader's cache. */
function intlDate(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(ms);
}

describe("wall-clock time in a zone", () => {
  it("finds the instant of a wall time on ordinary days", () => {
    expect(instantAt("2025-03-04", "10:00", "America/New_York").toISOString()).toBe("2025-03-04T15:00:00.000Z");
    expect(instantAt("2025-07-04", "10:00", "America/New_York").toISOString()).toBe("2025-07-04T14:00:00.000Z");
    expect(instantAt("2025-03-02", "00:00", "Pacific/Auckland").toISOString()).toBe("2025-03-01T11:00:00.000Z");
    expect(instantAt("2025-03-02", "09:15", "Asia/Kathmandu").toISOString()).toBe("2025-03-02T03:30:00.000Z");
  });

  it("moves a time the clocks skip forward by the gap, and takes the earlier of a time that happens twice", () => {
    // New York springs forward at 02:00 on 9 March 2025: 02:30 never happens and becomes 03:30 EDT.
    expect(instantAt("2025-03-09", "02:30", "America/New_York").toISOString()).toBe("2025-03-09T07:30:00.000Z");
    // ...and falls back at 02:00 on 2 November: 01:30 happens in EDT and again in EST.
    expect(instantAt("2025-11-02", "01:30", "America/New_York").toISOString()).toBe("2025-11-02T05:30:00.000Z");
    // Santiago's clocks skip midnight itself: the day starts at 01:00.
    expect(instantAt("2025-09-07", "00:00", "America/Santiago").toISOString()).toBe("2025-09-07T04:00:00.000Z");
  });

  it("names the calendar day of an instant in a zone", () => {
    const noonUtc = Date.parse("2025-03-01T12:00:00Z");
    expect(calendarDateIn(noonUtc, "Pacific/Auckland")).toBe("2025-03-02");
    expect(calendarDateIn(noonUtc, "Pacific/Honolulu")).toBe("2025-03-01");
    expect(calendarDateIn(new Date("2025-03-02T23:30:00-05:00"), "UTC")).toBe("2025-03-03");
    expect(wallClockIn(noonUtc, "Asia/Kolkata")).toEqual({ date: "2025-03-01", time: "17:30" });
  });

  it("keeps seconds and milliseconds in the full wall clock, and knows the offset", () => {
    const at = new Date("2025-07-01T12:34:56.789Z");
    expect(wallClockIso(at, "Europe/Berlin")).toBe("2025-07-01T14:34:56.789");
    expect(wallClockIso(at, "America/St_Johns")).toBe("2025-07-01T10:04:56.789");
    expect(zoneOffsetMs(at.getTime(), "Asia/Kathmandu")).toBe((5 * 60 + 45) * 60_000);
    expect(zoneOffsetMs(Date.parse("1969-12-31T23:59:59.500Z"), "America/New_York")).toBe(-5 * 3_600_000);
  });

  it("round-trips every wall time that exists: instantAt then wallClockIn gives it back", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2040-12-31T23:59:00Z"), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        (date, zone) => {
          const instant = Math.floor(date.getTime() / 60_000) * 60_000;
          const wall = wallClockIn(instant, zone);
          const back = instantAt(wall.date, wall.time, zone).getTime();
          // The same instant, or the earlier one when the wall time happens twice.
          expect(wallClockIn(back, zone)).toEqual(wall);
          expect(back).toBeLessThanOrEqual(instant);
          expect(instant - back).toBeLessThanOrEqual(60 * 60_000);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("starts each calendar day after the previous one, 23 to 25 hours apart", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 20 }), fc.constantFrom(...ZONES), (offset, zone) => {
        const day = addDaysToDate("2015-01-01", offset);
        const start = instantAt(day, "00:00", zone).getTime();
        const next = instantAt(addDaysToDate(day, 1), "00:00", zone).getTime();
        expect(calendarDateIn(start, zone)).toBe(day);
        expect(calendarDateIn(next - 1, zone)).toBe(day);
        expect(next - start).toBeGreaterThanOrEqual(23 * 3_600_000);
        expect(next - start).toBeLessThanOrEqual(25 * 3_600_000);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("calendar dates", () => {
  it("counts calendar days across month, year and leap-day boundaries", () => {
    expect(addDaysToDate("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDaysToDate("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDaysToDate("2025-03-01", -1)).toBe("2025-02-28");
    expect(daysBetweenDates("2025-02-27", "2025-03-02")).toBe(3);
    expect(daysBetweenDates("2025-03-09", "2025-03-08")).toBe(-1);
  });

  it("numbers days from 1970-01-01 and refuses what is not YYYY-MM-DD", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1969-12-31")).toBe(-1);
    expect(dateOfDay(20_000)).toBe("2024-10-04");
    expect(() => dayNumber("2025-3-1")).toThrow(RangeError);
  });

  it("adds and counts days consistently", () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 50_000 }), fc.integer({ min: -5000, max: 5000 }), (day, days) => {
        const date = dateOfDay(day);
        expect(dayNumber(date)).toBe(day);
        expect(daysBetweenDates(date, addDaysToDate(date, days))).toBe(days);
      }),
    );
  });
});

describe("the zoned day reader", () => {
  it("reads the same local date as Intl for any instant, across changes of offset", () => {
    const zones = ["America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kathmandu", "America/Santiago"];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(fc.integer({ min: Date.parse("2024-01-01"), max: Date.parse("2027-01-01") }), { maxLength: 30 }),
        (zone, instants) => {
          // One reader for all, so its per-day cache is exercised.
          const read = zonedDayReader(zone);
          for (const ms of instants) {
            expect(dateOfDay(read(ms))).toBe(intlDate(ms, zone));
            expect(dateOfDay(read(ms))).toBe(calendarDateIn(ms, zone));
          }
        },
      ),
    );
  });

  it("is exact around a change of offset: New York on 2025-03-09 and 2025-11-02", () => {
    const read = zonedDayReader("America/New_York");
    // Spring forward at 07:00Z; 04:59Z is 23:59 on the 8th (EST), 05:00Z midnight of the 9th.
    expect(dateOfDay(read(Date.parse("2025-03-09T04:59:59Z")))).toBe("2025-03-08");
    expect(dateOfDay(read(Date.parse("2025-03-09T05:00:00Z")))).toBe("2025-03-09");
    // The 10th starts at 04:00Z (EDT).
    expect(dateOfDay(read(Date.parse("2025-03-10T03:59:59Z")))).toBe("2025-03-09");
    expect(dateOfDay(read(Date.parse("2025-03-10T04:00:00Z")))).toBe("2025-03-10");
    // Fall back on 2 November at 06:00Z; the 3rd starts at 05:00Z (EST).
    expect(dateOfDay(read(Date.parse("2025-11-03T04:59:59Z")))).toBe("2025-11-02");
    expect(dateOfDay(read(Date.parse("2025-11-03T05:00:00Z")))).toBe("2025-11-03");
  });
});
