/**
 * The decisions the user controls and what each is assumed to do (assumptions, round numbers):
 * - start: apply now or in 1, 2, 3, 4 or 6 weeks (an application not yet sent);
 * - stall: ask a fast company to hold its next round (the next technical screen or onsite; never
 *   the recruiter's call) 1 or 2 weeks; assumed always granted and free (companies routinely
 *   accommodate a week or two), so it is only recommended when it helps;
 * - expedite: ask a slow company to speed up; it works half the time, and then every wait still
 *   ahead (from today) is 30% shorter;
 * - extension: ask for more time on an offer in hand: 1 week granted 70% of the time, 2 weeks 40%.
 */
export const START_OPTIONS = [0, 7, 14, 21, 28, 42] as const;
export const STALL_OPTIONS = [0, 7, 14] as const;
export const EXTENSION_OPTIONS = [0, 7, 14] as const;

export const EXPEDITE_SUCCESS = 0.5;
export const EXPEDITE_FACTOR = 0.7;

/** The chance an extension of this many days is granted. */
export function extensionGrantChance(days: number): number {
  if (days <= 0) return 0;
  if (days <= 7) return 0.7;
  return 0.4;
}

/** The length of the decision window the planner chooses when none is given. */
export const WINDOW_DAYS = 7;
/** How far ahead (days) the planner looks for a window. */
export const WINDOW_HORIZON = 365;
