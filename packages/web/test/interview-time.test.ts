import { describe, expect, it } from "vitest";
import {
  dayLabel,
  groupByDay,
  instantsToSchedule,
  scheduleToInstants,
  splitPlace,
  zonesDiffer,
} from "../src/features/interviews/interview-time";

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
