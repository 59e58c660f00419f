import { describe, expect, it } from "vitest";
import {
  dateRange,
  dayMonth,
  gainText,
  overlapText,
  percent,
  riskSeverity,
  stepText,
  weekdayDate,
} from "../src/features/plan/plan-format";

describe("the plan's words and numbers", () => {
  it("write calendar days as days, whatever the browser's zone", () => {
    expect(dayMonth("2026-12-03")).toBe("3 Dec");
    expect(weekdayDate("2026-12-03")).toBe("Thu 3 Dec");
    expect(weekdayDate("2026-11-22")).toBe("Sun 22 Nov");
  });

  it("write a range within a month short, across months in full", () => {
    expect(dateRange("2026-12-12", "2026-12-20")).toBe("12–20 Dec");
    expect(dateRange("2026-11-28", "2026-12-05")).toBe("28 Nov – 5 Dec");
    expect(dateRange("2026-12-12", "2026-12-12")).toBe("12 Dec");
  });

  it("never round a small chance to 0% or a near-certainty to 100%", () => {
    expect(percent(0)).toBe("0%");
    expect(percent(0.001)).toBe("<1%");
    expect(percent(0.724)).toBe("72%");
    expect(percent(0.999)).toBe(">99%");
    expect(percent(1)).toBe("100%");
  });

  it("show the overlap with its standard error, and gains signed", () => {
    expect(overlapText(1.8432, 0.0312)).toBe("1.84 ± 0.03");
    expect(overlapText(1.1)).toBe("1.10");
    expect(overlapText(2, 0.001)).toBe("2.00 ± 0.00");
    expect(gainText(0.416)).toBe("+0.42");
    expect(gainText(-0.2)).toBe("−0.20");
  });

  it("read each next step as the issue words it", () => {
    expect(stepText({ action: "book_screen", by: "2026-12-01", reason: "" })).toBe("Book the screen by Tue 1 Dec");
    expect(stepText({ action: "onsite", by: "2026-12-07", reason: "" })).toBe("Onsite in the week of 7 Dec");
    expect(stepText({ action: "expect_offer", by: "2026-12-12", until: "2026-12-20", reason: "" })).toBe(
      "Offer expected 12–20 Dec",
    );
    expect(stepText({ action: "apply", by: "2026-11-24", reason: "" })).toBe("Apply by Tue 24 Nov");
  });

  it("colour risks by their chance, an empty window always as serious", () => {
    expect(riskSeverity({ kind: "expires_first", probability: 0.72 })).toBe("high");
    expect(riskSeverity({ kind: "expires_first", probability: 0.3 })).toBe("medium");
    expect(riskSeverity({ kind: "no_offer_likely", probability: 0.1 })).toBe("low");
    expect(riskSeverity({ kind: "window_empty", probability: 0.1 })).toBe("high");
  });
});
