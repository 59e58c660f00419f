import { addDaysToDate, calendarDateIn, daysBetweenDates, instantAt, wallClockIn } from "@loopwise/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dayLabel,
  groupByDay,
  instantsToSchedule,
  scheduleToInstants,
  splitPlace,
  zonesDiffer,
} from "../src/features/interviews/interview-time";

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
    expect(wallClockIn(noonUtc, "Asia/Kolkata")).toEqual({ date: "2025-03-01", time: "17:30" });
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

  it("counts calendar days across month, year and leap-day boundaries", () => {
    expect(addDaysToDate("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDaysToDate("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDaysToDate("2025-03-01", -1)).toBe("2025-02-28");
    expect(daysBetweenDates("2025-02-27", "2025-03-02")).toBe(3);
    expect(daysBetweenDates("2025-03-09", "2025-03-08")).toBe(-1);
  });
});

describe("the schedule form's fields", () => {
  it("turns a date, start time, duration and zone into instants, and back", () => {
    const fields = { date: "2025-11-02", time: "01:30", durationMinutes: 45, timeZone: "America/New_York" };
    const instants = scheduleToInstants(fields);
    expect(instants).toEqual({ startsAt: "2025-11-02T05:30:00.000Z", endsAt: "2025-11-02T06:15:00.000Z" });
    expect(instantsToSchedule(instants.startsAt, instants.endsAt, fields.timeZone)).toEqual(fields);
    expect(instantsToSchedule("2025-03-04T15:00:00.000Z", "2025-03-04T16:30:00.000Z", "Europe/Berlin")).toEqual({
      date: "2025-03-04",
      time: "16:00",
      durationMinutes: 90,
      timeZone: "Europe/Berlin",
    });
  });

  it("tells a video link from a place", () => {
    expect(splitPlace("  https://zoom.us/j/123?pwd=x ")).toEqual({
      location: null,
      videoUrl: "https://zoom.us/j/123?pwd=x",
    });
    expect(splitPlace("Room 4, 2nd floor")).toEqual({ location: "Room 4, 2nd floor", videoUrl: null });
    expect(splitPlace("see https://x.example")).toEqual({ location: "see https://x.example", videoUrl: null });
    expect(splitPlace("   ")).toEqual({ location: null, videoUrl: null });
  });
});

describe("the agenda", () => {
  it("groups by the day an interview starts on in the viewer's zone", () => {
    const items = [
      { id: "a", startsAt: "2025-03-01T10:00:00Z" },
      { id: "b", startsAt: "2025-03-01T11:30:00Z" },
      { id: "c", startsAt: "2025-03-02T09:00:00Z" },
    ];
    expect(groupByDay(items, "UTC").map((g) => [g.date, g.items.map((i) => i.id)])).toEqual([
      ["2025-03-01", ["a", "b"]],
      ["2025-03-02", ["c"]],
    ]);
    // In Auckland (UTC+13), 10:00 UTC on the 1st is 23:00 that day, but 11:30 is already 00:30 on the 2nd.
    expect(groupByDay(items, "Pacific/Auckland").map((g) => [g.date, g.items.map((i) => i.id)])).toEqual([
      ["2025-03-01", ["a"]],
      ["2025-03-02", ["b", "c"]],
    ]);
  });

  it("labels days relative to today", () => {
    expect(dayLabel("2025-03-01", "2025-03-01")).toBe("Today");
    expect(dayLabel("2025-03-02", "2025-03-01")).toBe("Tomorrow");
    expect(dayLabel("2025-02-28", "2025-03-01")).toBe("Yesterday");
    expect(dayLabel("2025-03-05", "2025-03-01")).toMatch(/Wednesday/);
    expect(dayLabel("2026-01-07", "2025-12-30")).toMatch(/2026/);
    expect(dayLabel("2025-03-05", "2025-03-01", true)).toMatch(/^Wed\b.*Mar/);
    expect(dayLabel("2025-03-02", "2025-03-01", true)).toBe("Tomorrow");
  });

  it("shows the interview's own zone only when its clocks differ from the viewer's", () => {
    const at = "2025-03-04T15:00:00Z";
    expect(zonesDiffer(at, "Europe/Paris", "Europe/Berlin")).toBe(false);
    expect(zonesDiffer(at, "Europe/London", "Europe/Berlin")).toBe(true);
    // London and Lisbon share their clocks, whatever the season.
    expect(zonesDiffer("2025-07-01T12:00:00Z", "Europe/London", "Europe/Lisbon")).toBe(false);
  });
});
