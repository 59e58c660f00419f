import dayjs from "dayjs";

/** Today as YYYY-MM-DD in the user's time zone. */
export function todayIso(): string {
  return dayjs().format("YYYY-MM-DD");
}

/** True when a YYYY-MM-DD due date is before today. */
export function isOverdue(due: string | null): boolean {
  return due !== null && due < todayIso();
}

export function isDueToday(due: string | null): boolean {
  return due !== null && due === todayIso();
}

/** "Mar 4" this year, "Mar 4, 2025" otherwise. */
export function shortDate(iso: string): string {
  const date = dayjs(iso);
  return date.format(date.year() === dayjs().year() ? "MMM D" : "MMM D, YYYY");
}

export function longDateTime(iso: string): string {
  return dayjs(iso).format("MMM D, YYYY · HH:mm");
}

export function daysLabel(days: number): string {
  return days === 1 ? "1 day" : `${days} days`;
}
