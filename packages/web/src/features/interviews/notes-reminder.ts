import { interviewKindPhrase, type Interview } from "@loopwise/domain";

/** Notes are asked for while memory is fresh: up to this long after the interview ends. */
export const FRESH_FOR_MS = 30 * 60_000;
/** How long a reminder is remembered as shown (the list the server sends reaches back a few days). */
const REMEMBER_FOR_MS = 7 * 86_400_000;

type Owing = Pick<Interview, "id" | "endsAt" | "outcome" | "notes" | "sessionIds">;

/**
 * Whether an interview still owes its notes at `now`: it has ended, was not cancelled and has no
 * notes yet. An onsite loop with sessions owes none itself: each session has its own.
 */
export function owesNotes(interview: Owing, now: number): boolean {
  return (
    Date.parse(interview.endsAt) <= now &&
    interview.outcome !== "cancelled" &&
    !interview.notes?.trim() &&
    interview.sessionIds.length === 0
  );
}

/** The ids already reminded about, each with when its interview ended (so old entries can go). */
export type Reminded = Record<string, string>;

/**
 * The interviews to remind about at `now`: each that owes notes and ended less than FRESH_FOR_MS
 * ago, never one already reminded about. Checked every few seconds, this shows a reminder within
 * moments of an interview's end, and on opening the app for one that ended in the last half hour.
 */
export function remindersDue<T extends Owing>(interviews: readonly T[], now: number, reminded: Reminded): T[] {
  return interviews.filter((interview) => {
    if (interview.id in reminded || !owesNotes(interview, now)) return false;
    return now - Date.parse(interview.endsAt) < FRESH_FOR_MS;
  });
}

/** When the next reminder may fall due: the soonest end still ahead, if any. */
export function nextEndAfter(interviews: readonly Pick<Interview, "endsAt">[], now: number): number | null {
  let next: number | null = null;
  for (const interview of interviews) {
    const end = Date.parse(interview.endsAt);
    if (end > now && (next === null || end < next)) next = end;
  }
  return next;
}

/** The reminded set after showing `shown`, without entries too old to matter any more. */
export function remember(reminded: Reminded, shown: readonly Owing[], now: number): Reminded {
  const next: Reminded = {};
  for (const [id, endsAt] of Object.entries(reminded)) {
    if (now - Date.parse(endsAt) < REMEMBER_FOR_MS) next[id] = endsAt;
  }
  for (const interview of shown) next[interview.id] = interview.endsAt;
  return next;
}

/** Reads the reminded set from storage text, forgiving anything malformed. */
export function parseReminded(text: string | null): Reminded {
  try {
    const value: unknown = JSON.parse(text ?? "{}");
    if (!value || typeof value !== "object" || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter(([, endsAt]) => typeof endsAt === "string"));
  } catch {
    return {};
  }
}

/** "How did the coding interview at Acme go?" */
export function reminderQuestion(interview: Pick<Interview, "kind" | "companyName">): string {
  return `How did the ${interviewKindPhrase(interview.kind)} at ${interview.companyName} go?`;
}

export const REMINDER_PROMPT = "Write your notes while they're fresh.";
