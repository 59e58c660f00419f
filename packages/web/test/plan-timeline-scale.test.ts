import { addDaysToDate, daysBetweenDates } from "@loopwise/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateAtX, dragDays, spanOf, timelineScale, weekStarts, xOfDate } from "../src/features/plan/timeline-scale";

const today = "2026-11-22";

describe("the timeline's scale", () => {
  it("covers every date given and today, with a margin, fitted to the width", () => {
    const scale = timelineScale(["2026-11-10", "2027-01-15"], today, 1000, { minDays: 1, padDays: 3 });
    expect(scale.start).toBe("2026-11-07");
    // 7 Nov .. 15 Jan is 69 days, plus 3 after and the last day itself.
    expect(scale.days).toBe(daysBetweenDates("2026-11-07", "2027-01-15") + 4);
    expect(scale.dayWidth * scale.days).toBeCloseTo(1000, 6);
    expect(xOfDate(scale, "2026-11-10")).toBeGreaterThan(0);
    expect(xOfDate(scale, "2027-01-15") + scale.dayWidth).toBeLessThan(1000);
  });

  it("keeps a minimum length, so a short plan is not stretched into huge days", () => {
    const scale = timelineScale([addDaysToDate(today, 2)], today, 840, { minDays: 42 });
    expect(scale.days).toBe(42);
    expect(scale.dayWidth).toBe(20);
  });

  it("stops some months after today, so one slow outlier does not squash the rest", () => {
    const scale = timelineScale(["2028-01-01"], today, 900, { maxDaysAfterToday: 90, padDays: 0, minDays: 1 });
    expect(addDaysToDate(scale.start, scale.days - 1)).toBe(addDaysToDate(today, 90));
  });

  it("maps a date to x and back to the same date (any day in range, any width)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 180 }), fc.integer({ min: 200, max: 3000 }), (offset, width) => {
        const scale = timelineScale([addDaysToDate(today, 180)], today, width);
        const date = addDaysToDate(scale.start, offset);
        expect(dateAtX(scale, xOfDate(scale, date))).toBe(date);
        // Anywhere inside the day's column reads as that day.
        expect(dateAtX(scale, xOfDate(scale, date) + scale.dayWidth * 0.99)).toBe(date);
      }),
    );
  });

  it("clamps x outside the track to its first and last day", () => {
    const scale = timelineScale([], today, 420, { minDays: 42 });
    expect(dateAtX(scale, -50)).toBe(scale.start);
    expect(dateAtX(scale, 10_000)).toBe(addDaysToDate(scale.start, 41));
  });

  it("snaps a drag to whole days, rounding to the nearest, without a negative zero", () => {
    expect(dragDays(0, 10)).toBe(0);
    expect(Object.is(dragDays(-4, 10), 0)).toBe(true);
    expect(dragDays(14.9, 10)).toBe(1);
    expect(dragDays(15.1, 10)).toBe(2);
    expect(dragDays(-26, 10)).toBe(-3);
    expect(dragDays(100, 0)).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: -200, max: 200 }), fc.double({ min: 1, max: 40, noNaN: true }), (days, width) => {
        expect(dragDays(days * width, width)).toBe(days === 0 ? 0 : days);
      }),
    );
  });

  it("draws a span from the start of its first day to the end of its last, in either order", () => {
    const scale = timelineScale([], today, 420, { minDays: 42, padDays: 0 });
    expect(spanOf(scale, today, today)).toEqual({ left: 0, width: 10 });
    expect(spanOf(scale, addDaysToDate(today, 2), addDaysToDate(today, 4))).toEqual({ left: 20, width: 30 });
    expect(spanOf(scale, addDaysToDate(today, 4), addDaysToDate(today, 2))).toEqual({ left: 20, width: 30 });
  });

  it("puts a tick on every Monday in range, and only on Mondays", () => {
    const scale = timelineScale([], today, 420, { minDays: 42, padDays: 0 }); // 22 Nov 2026 is a Sunday
    const mondays = weekStarts(scale);
    expect(mondays[0]).toBe("2026-11-23");
    expect(mondays).toHaveLength(6);
    for (const monday of mondays) expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
  });
});
