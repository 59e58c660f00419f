/** ISO weeks over day numbers (days since 1970-01-01, see time-zones.ts), in integer arithmetic. */

const DAY_MS = 86_400_000;

/** The Monday that starts the ISO week holding `day` (1970-01-01 was a Thursday). */
export function mondayOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** The ISO week label of the week starting on the Monday `monday`, e.g. "2025-W09". */
export function isoWeekLabel(monday: number): string {
  // The ISO year of a week is the year of its Thursday.
  const thursday = monday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}
