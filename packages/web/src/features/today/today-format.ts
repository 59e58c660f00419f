import { daysBetweenDates } from "@loopwise/domain";

/** "Sunday, March 2" for a YYYY-MM-DD date (the year when it is not `thisYear`). */
export function longDate(date: string, thisYear = date.slice(0, 4)): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Intl.DateTimeFormat(undefined, {
    timeZone: "UTC",
    weekday: "long",
    month: "long",
    day: "numeric",
    ...(date.slice(0, 4) === thisYear ? {} : { year: "numeric" }),
  }).format(Date.UTC(y!, m! - 1, d!));
}

/** "Mar 5" for a YYYY-MM-DD date. */
export function shortDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Intl.DateTimeFormat(undefined, { timeZone: "UTC", month: "short", day: "numeric" }).format(
    Date.UTC(y!, m! - 1, d!),
  );
}

/** An offer deadline's countdown: "Today", "Tomorrow", "In 3 days". */
export function countdown(daysLeft: number): string {
  if (daysLeft <= 0) return "Today";
  if (daysLeft === 1) return "Tomorrow";
  return `In ${daysLeft} days`;
}

/** How pressing a countdown is: red today or tomorrow, orange within three days, else calm. */
export function countdownColor(daysLeft: number): string {
  return daysLeft <= 1 ? "red" : daysLeft <= 3 ? "orange" : "blue";
}

/** "Due today", "1 day overdue", "3 days overdue". */
export function overdueText(daysOverdue: number): string {
  if (daysOverdue <= 0) return "Due today";
  return daysOverdue === 1 ? "1 day overdue" : `${daysOverdue} days overdue`;
}

/** A task's due date relative to `today`: overdue, today, tomorrow, or the date. */
export function dueText(dueOn: string | null, today: string): { text: string; overdue: boolean } | null {
  if (!dueOn) return null;
  const days = daysBetweenDates(today, dueOn);
  if (days < 0) return { text: overdueText(-days), overdue: true };
  if (days === 0) return { text: "Due today", overdue: false };
  if (days === 1) return { text: "Due tomorrow", overdue: false };
  return { text: `Due ${shortDay(dueOn)}`, overdue: false };
}

/** "ended 40 min ago", "ended 3 h ago", "ended 2 days ago". */
export function endedAgo(endsAt: string, now: number): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(endsAt)) / 60_000));
  if (minutes < 60) return `ended ${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `ended ${hours} h ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? "ended yesterday" : `ended ${days} days ago`;
}
