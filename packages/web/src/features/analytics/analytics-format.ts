import { stageLabel, type Stage } from "@loopwise/domain";

/** How the analytics page writes its figures. */

export function percent(rate: number | null): string {
  return rate === null ? "–" : `${Math.round(rate * 100)}%`;
}

export function days(value: number | null): string {
  if (value === null) return "–";
  // Tenths below ten days, where they matter; no ".0" on whole numbers (axis ticks are whole).
  const shown = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${shown} d`;
}

const WEEK_FORMAT = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", timeZone: "UTC" });

/** "Feb 3" for the Monday 2025-02-03 (a calendar date, so formatted in UTC to keep its day). */
export function weekLabel(weekStart: string): string {
  return WEEK_FORMAT.format(new Date(`${weekStart}T00:00:00Z`));
}

/** Stage names short enough to sit under a bar. */
export const SHORT_STAGE_NAMES: Partial<Record<Stage, string>> = {
  recruiter_screen: "Recruiter",
  technical_screen: "Technical",
};

export function shortStageName(stage: Stage): string {
  return SHORT_STAGE_NAMES[stage] ?? stageLabel(stage);
}
