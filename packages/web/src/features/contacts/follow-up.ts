/** Where a follow-up stands on a given day. */
export type FollowUpState = "done" | "overdue" | "today" | "upcoming";

export function followUpState(followUpOn: string, done: boolean, today: string): FollowUpState {
  if (done) return "done";
  if (followUpOn < today) return "overdue";
  return followUpOn === today ? "today" : "upcoming";
}

/** The quick picks offered for a follow-up, counted from the outreach's date. */
export const FOLLOW_UP_PICKS = [3, 7] as const;
