import type { AnalyticsParams } from "../../api/analytics";

export const RANGES = [
  { value: "30", label: "Last 30 days", days: 30 },
  { value: "90", label: "Last 90 days", days: 90 },
  { value: "all", label: "All time", days: null },
] as const;
export type RangeKey = (typeof RANGES)[number]["value"];

export function isRangeKey(value: string): value is RangeKey {
  return RANGES.some((range) => range.value === value);
}

/** A local calendar date as YYYY-MM-DD. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The query for a range ending today: the last N days count today as one of them. */
export function rangeParams(range: RangeKey, today: Date, tz: string): AnalyticsParams {
  const days = RANGES.find((r) => r.value === range)!.days;
  if (days === null) return { tz };
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return { from: localDate(from), to: localDate(today), tz };
}
