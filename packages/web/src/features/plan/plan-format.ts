import type { NextStep, PlanActionKind, PlanRisk } from "@loopwise/domain";

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** "3 Dec" for a YYYY-MM-DD (read as a calendar day, whatever the browser's zone). */
export function dayMonth(date: string): string {
  return DAY.format(utc(date));
}

/** "Tue 3 Dec". */
export function weekdayDate(date: string): string {
  return WEEKDAY.format(utc(date)).replace(",", "");
}

/** "12–20 Dec" within a month, "28 Nov – 5 Dec" across two; one date when both are the same. */
export function dateRange(from: string, to: string): string {
  if (from === to) return dayMonth(from);
  if (from.slice(0, 7) === to.slice(0, 7)) return `${Number(from.slice(8))}–${dayMonth(to)}`;
  return `${dayMonth(from)} – ${dayMonth(to)}`;
}

/** A probability as a whole percentage; "<1%" and ">99%" rather than a misleading 0 or 100. */
export function percent(p: number): string {
  if (p > 0 && p < 0.005) return "<1%";
  if (p < 1 && p > 0.995) return ">99%";
  return `${Math.round(p * 100)}%`;
}

/** The expected overlap with its standard error: "1.84 ± 0.03". */
export function overlapText(mean: number, stdError?: number): string {
  const value = mean.toFixed(2);
  return stdError === undefined ? value : `${value} ± ${stdError < 0.005 ? "0.00" : stdError.toFixed(2)}`;
}

/** A gain in overlap, signed: "+0.42". */
export function gainText(gain: number): string {
  return `${gain >= 0 ? "+" : "−"}${Math.abs(gain).toFixed(2)}`;
}

/** One next step as the user reads it: "Book the screen by Tue 3 Dec", "Offer expected 12–20 Dec". */
export function stepText(step: NextStep): string {
  switch (step.action) {
    case "apply":
      return `Apply by ${weekdayDate(step.by)}`;
    case "book_screen":
      return `Book the screen by ${weekdayDate(step.by)}`;
    case "technical_screen":
      return `Technical screen by ${weekdayDate(step.by)}`;
    case "onsite":
      return `Onsite in the week of ${dayMonth(step.by)}`;
    case "expect_offer":
      return `Offer expected ${dateRange(step.by, step.until ?? step.by)}`;
    case "decide":
      return `Decide by ${weekdayDate(step.by)}`;
  }
}

export const ACTION_LABELS: Record<PlanActionKind, string> = {
  start: "Apply",
  drop: "Drop from the plan",
  stall: "Slow down",
  expedite: "Ask to speed up",
  extension: "Ask for an extension",
  book_screen: "Book the screen",
};

export type Severity = "high" | "medium" | "low";

/** How loud a risk is: its probability, and a window with no offers in it is always serious. */
export function riskSeverity(risk: Pick<PlanRisk, "kind" | "probability">): Severity {
  if (risk.kind === "window_empty" || risk.probability >= 0.5) return "high";
  return risk.probability >= 0.25 ? "medium" : "low";
}

export const SEVERITY_COLORS: Record<Severity, string> = { high: "red", medium: "orange", low: "yellow" };
