import { describe, expect, it } from "vitest";
import { days, percent, shortStageName, weekLabel } from "../src/features/analytics/analytics-format";
import { isRangeKey, rangeParams, RANGES } from "../src/features/analytics/analytics-range";

describe("the analytics range", () => {
  // Noon, local time: the range is in local calendar days.
  const today = new Date(2025, 2, 10, 12, 0);

  it("knows its keys", () => {
    expect(RANGES.map((r) => r.value)).toEqual(["30", "90", "all"]);
    expect(isRangeKey("30")).toBe(true);
    expect(isRangeKey("all")).toBe(true);
    expect(isRangeKey("365")).toBe(false);
    expect(isRangeKey("")).toBe(false);
  });

  it("counts today as one of the last N days", () => {
    expect(rangeParams("30", today, "Europe/Berlin")).toEqual({
      from: "2025-02-09",
      to: "2025-03-10",
      tz: "Europe/Berlin",
    });
    expect(rangeParams("90", today, "UTC")).toEqual({ from: "2024-12-11", to: "2025-03-10", tz: "UTC" });
  });

  it("crosses a year and a leap day", () => {
    expect(rangeParams("30", new Date(2025, 0, 5, 12), "UTC")).toMatchObject({ from: "2024-12-07", to: "2025-01-05" });
    expect(rangeParams("30", new Date(2024, 2, 1, 12), "UTC")).toMatchObject({ from: "2024-02-01", to: "2024-03-01" });
  });

  it("asks for all time with the zone alone", () => {
    expect(rangeParams("all", today, "Asia/Tokyo")).toEqual({ tz: "Asia/Tokyo" });
  });
});

describe("the analytics figures", () => {
  it("writes rates as whole percents, and a missing rate as a dash", () => {
    expect(percent(null)).toBe("–");
    expect(percent(0)).toBe("0%");
    expect(percent(0.1234)).toBe("12%");
    expect(percent(0.125)).toBe("13%");
    expect(percent(1)).toBe("100%");
  });

  it("writes days in tenths below ten and whole from ten, without a trailing .0", () => {
    expect(days(null)).toBe("–");
    expect(days(0)).toBe("0 d");
    expect(days(3)).toBe("3 d");
    expect(days(3.14)).toBe("3.1 d");
    expect(days(9.94)).toBe("9.9 d");
    expect(days(9.96)).toBe("10 d");
    expect(days(12.5)).toBe("13 d");
  });

  it("labels a week by its Monday's own calendar day, wherever the viewer is", () => {
    const expected = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", timeZone: "UTC" });
    expect(weekLabel("2025-02-03")).toBe(expected.format(Date.UTC(2025, 1, 3, 12)));
    expect(weekLabel("2024-12-30")).toBe(expected.format(Date.UTC(2024, 11, 30, 12)));
  });

  it("shortens the long stage names only", () => {
    expect(shortStageName("recruiter_screen")).toBe("Recruiter");
    expect(shortStageName("technical_screen")).toBe("Technical");
    expect(shortStageName("applied")).not.toBe("");
  });
});
