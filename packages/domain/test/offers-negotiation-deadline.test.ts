import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysToDate, deadlineStatus, deadlineUrgency, daysLeftLabel } from "../src/index.js";

describe("deadlineStatus", () => {
  it.each([
    // [deadline, today, days, label, urgency]
    ["2026-11-25", "2026-11-22", 3, "in 3 days", "soon"],
    ["2026-11-26", "2026-11-22", 4, "in 4 days", "calm"],
    ["2026-11-23", "2026-11-22", 1, "tomorrow", "urgent"],
    ["2026-11-22", "2026-11-22", 0, "today", "urgent"],
    ["2026-11-21", "2026-11-22", -1, "yesterday", "past"],
    ["2026-11-20", "2026-11-22", -2, "2 days ago", "past"],
    // Across a leap day: Feb 28 → Mar 1 2028 is 2 days; across a year end, 1.
    ["2028-03-01", "2028-02-28", 2, "in 2 days", "soon"],
    ["2027-01-01", "2026-12-31", 1, "tomorrow", "urgent"],
  ] as const)("%s from %s: %i days, %s, %s", (deadline, today, days, label, urgency) => {
    expect(deadlineStatus(deadline, today)).toEqual({ deadline, daysLeft: days, label, urgency });
  });

  it("refuses a date that is not YYYY-MM-DD", () => {
    expect(() => deadlineStatus("2026-13-01", "2026-11-22")).toThrow();
    expect(() => deadlineStatus("2026-11-22", "22/11/2026")).toThrow();
  });

  it("counts the days that were added, and the urgency only grows as the deadline nears", () => {
    const order = ["calm", "soon", "urgent", "past"];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: -400, max: 400 }), (offset, days) => {
        const today = addDaysToDate("2024-01-01", offset);
        const status = deadlineStatus(addDaysToDate(today, days), today);
        expect(status.daysLeft).toBe(days);
        expect(order.indexOf(deadlineUrgency(days))).toBeGreaterThanOrEqual(order.indexOf(deadlineUrgency(days + 1)));
        expect(daysLeftLabel(days)).toMatch(
          days > 1 ? /^in \d+ days$/ : days < -1 ? /^\d+ days ago$/ : /^(today|tomorrow|yesterday)$/,
        );
      }),
    );
  });
});
