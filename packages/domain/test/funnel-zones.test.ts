import { describe, expect, it } from "vitest";
import { analyticsFetchWindow, analyticsQuerySchema, dateOfDay, dayNumber, weeklyActivity } from "../src/index.js";
import { isoWeekLabel, mondayOf } from "../src/pipeline/iso-weeks.js";

describe("ISO weeks", () => {
  it("names ISO weeks and their Mondays, at the turns of the year", () => {
    expect(dateOfDay(mondayOf(dayNumber("2025-03-02")))).toBe("2025-02-24"); // a Sunday
    expect(dateOfDay(mondayOf(dayNumber("2025-03-03")))).toBe("2025-03-03"); // a Monday
    expect(isoWeekLabel(mondayOf(dayNumber("2021-01-03")))).toBe("2020-W53");
    expect(isoWeekLabel(mondayOf(dayNumber("2024-12-31")))).toBe("2025-W01");
    expect(isoWeekLabel(mondayOf(dayNumber("2026-01-01")))).toBe("2026-W01");
    expect(isoWeekLabel(mondayOf(dayNumber("1969-12-29")))).toBe("1970-W01");
  });
});

describe("weeklyActivity in a time zone", () => {
  // Sunday 2 March 2025, 23:30 in New York is Monday 04:30 UTC: one week in New York, the next in UTC.
  const lateSunday = "2025-03-03T04:30:00.000Z";
  const input = {
    applications: [{ steps: [{ stage: "applied" as const, at: lateSunday }] }],
    interviews: [{ startsAt: lateSunday, outcome: "passed" as const, hasSessions: false }],
    outreach: [],
  };
  const now = "2025-03-05T12:00:00.000Z";

  it("puts an instant in the week of the zone's calendar", () => {
    const ny = weeklyActivity(input, { timeZone: "America/New_York", now });
    expect(ny.map((w) => [w.weekStart, w.added, w.applied, w.interviews])).toEqual([
      ["2025-02-24", 1, 1, 1],
      ["2025-03-03", 0, 0, 0],
    ]);
    const utc = weeklyActivity(input, { timeZone: "UTC", now });
    expect(utc.map((w) => [w.weekStart, w.added, w.applied, w.interviews])).toEqual([["2025-03-03", 1, 1, 1]]);
  });

  it("ends the series with the zone's today, and counts no interview that has not started", () => {
    // 2025-03-09T03:00Z is still Saturday the 8th in New York but Sunday the 9th in UTC; both in the week of the 3rd.
    // At 2025-03-10T02:00Z it is Sunday in New York (week of the 3rd), Monday in UTC (week of the 10th).
    const late = "2025-03-10T02:00:00.000Z";
    const withFuture = {
      ...input,
      interviews: [{ startsAt: "2025-03-11T15:00:00Z", outcome: "pending" as const, hasSessions: false }],
    };
    expect(weeklyActivity(withFuture, { timeZone: "America/New_York", now: late }).at(-1)!.weekStart).toBe(
      "2025-03-03",
    );
    const utc = weeklyActivity(withFuture, { timeZone: "UTC", now: late });
    expect(utc.at(-1)!.weekStart).toBe("2025-03-10");
    expect(utc.reduce((sum, w) => sum + w.interviews, 0)).toBe(0);
  });
});

describe("analytics query and fetch window", () => {
  it("accepts dates and a zone, defaults the zone to UTC, and refuses the rest naming the field", () => {
    expect(analyticsQuerySchema.parse({})).toEqual({ tz: "UTC" });
    expect(analyticsQuerySchema.parse({ from: "2025-01-01", to: "2025-01-01", tz: "Asia/Tokyo" })).toMatchObject({
      tz: "Asia/Tokyo",
    });
    const fieldsOf = (value: unknown) =>
      (analyticsQuerySchema.safeParse(value).error?.issues ?? []).map((issue) => issue.path.join(".") || issue.code);
    expect(fieldsOf({ from: "2025-02-30" })).toEqual(["from"]);
    expect(fieldsOf({ to: "yesterday" })).toEqual(["to"]);
    expect(fieldsOf({ tz: "Mars/Olympus" })).toEqual(["tz"]);
    expect(fieldsOf({ from: "2025-02-02", to: "2025-02-01" })).toEqual(["to"]);
    expect(fieldsOf({ range: "30" })).toEqual(["unrecognized_keys"]);
  });

  it("fetches a day wider than the range on each side, and up to the zone's today without `to`", () => {
    const now = "2025-03-10T02:00:00.000Z"; // Sunday the 9th in New York
    expect(analyticsFetchWindow(analyticsQuerySchema.parse({ tz: "America/New_York" }), now)).toEqual({
      since: null,
      enteredBefore: null,
      activityBefore: "2025-03-11T00:00:00.000Z",
      fromDate: null,
      toDate: "2025-03-09",
    });
    expect(analyticsFetchWindow(analyticsQuerySchema.parse({ from: "2025-01-10", to: "2025-01-20" }), now)).toEqual({
      since: "2025-01-09T00:00:00.000Z",
      enteredBefore: "2025-01-22T00:00:00.000Z",
      activityBefore: "2025-01-22T00:00:00.000Z",
      fromDate: "2025-01-10",
      toDate: "2025-01-20",
    });
  });
});
