import { VERDICTS, type Verdict } from "@loopwise/domain";

/**
 * A sitting at one problem: when it started, whether it is a mock interview, and what happened.
 * Kept in localStorage per problem, so a reload keeps the clock running instead of resetting it.
 */
export interface SolveSession {
  startedAt: number;
  interview: boolean;
  /** Set when the sitting ended (accepted, or an interview stopped): the clock stops there. */
  endedAt?: number;
  runs: number;
  submits: number;
  lastVerdict?: Verdict;
  /** An accepted submit happened in this sitting. */
  solved?: true;
}

export const INTERVIEW_MINUTES = 45;
/** The countdown turns red in its last minutes, and stays red past the end. */
export const RED_FROM_SECONDS = 5 * 60;
export const ORANGE_FROM_SECONDS = 15 * 60;

export const sessionKey = (slug: string) => `loopwise-practice-session:${slug}`;

/** A sitting older than this is over: coming back the next day starts a new clock. */
export const SESSION_RESUME_HOURS = 6;

export function startSession(now: number, interview: boolean): SolveSession {
  return { startedAt: now, interview, runs: 0, submits: 0 };
}

export function elapsedSeconds(session: SolveSession, now: number): number {
  return Math.max(0, Math.floor(((session.endedAt ?? now) - session.startedAt) / 1000));
}

/** "07:05", "1:02:03"; a negative count (past the interview's end) as "+03:10". */
export function formatClock(seconds: number): string {
  const sign = seconds < 0 ? "+" : "";
  const total = Math.abs(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${sign}${h > 0 ? `${h}:${pad(m)}` : pad(m)}:${pad(s)}`;
}

export interface Countdown {
  /** Seconds left; negative past the end. */
  remaining: number;
  color: "gray" | "orange" | "red";
  over: boolean;
}

export function interviewCountdown(session: SolveSession, now: number, minutes = INTERVIEW_MINUTES): Countdown {
  const remaining = minutes * 60 - elapsedSeconds(session, now);
  const color = remaining <= RED_FROM_SECONDS ? "red" : remaining <= ORANGE_FROM_SECONDS ? "orange" : "gray";
  return { remaining, color, over: remaining <= 0 };
}

/**
 * Counts a run or a submit; an accepted submit ends the sitting, so the clock shows what it took.
 * An ended sitting (solved, stopped, or an interview whose time ran out) keeps what it recorded.
 */
export function recordResult(
  session: SolveSession,
  mode: "run" | "submit",
  verdict: Verdict,
  now: number,
): SolveSession {
  if (session.endedAt !== undefined) return session;
  const next = { ...session, lastVerdict: verdict };
  if (mode === "run") return { ...next, runs: session.runs + 1 };
  if (verdict !== "accepted") return { ...next, submits: session.submits + 1 };
  return { ...next, submits: session.submits + 1, solved: true, endedAt: now };
}

export function endSession(session: SolveSession, now: number): SolveSession {
  return session.endedAt === undefined ? { ...session, endedAt: now } : session;
}

const count = (value: unknown) => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : 0);

/** Reads a stored sitting; anything malformed (an old format, a hand edit) is no sitting. */
export function parseSession(raw: string | null): SolveSession | undefined {
  if (raw === null) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<SolveSession>;
    if (typeof value.startedAt !== "number" || !Number.isFinite(value.startedAt)) return undefined;
    const session: SolveSession = {
      startedAt: value.startedAt,
      interview: value.interview === true,
      runs: count(value.runs),
      submits: count(value.submits),
    };
    if (typeof value.endedAt === "number" && value.endedAt >= value.startedAt) session.endedAt = value.endedAt;
    if ((VERDICTS as readonly unknown[]).includes(value.lastVerdict)) session.lastVerdict = value.lastVerdict;
    if (value.solved === true) session.solved = true;
    return session;
  } catch {
    return undefined;
  }
}

/** The sitting a visit continues: the stored one if it began recently, else a new practice sitting. */
export function resumeSession(stored: SolveSession | undefined, now: number): SolveSession {
  const fresh = stored && now >= stored.startedAt && now - stored.startedAt < SESSION_RESUME_HOURS * 3_600_000;
  return fresh ? stored : startSession(now, false);
}

/** The interview's end: the moment the countdown reached zero, so a reload after it shows the same summary. */
export function interviewDeadline(session: SolveSession, minutes = INTERVIEW_MINUTES): number {
  return session.startedAt + minutes * 60_000;
}

export interface InterviewSummary {
  solved: boolean;
  usedSeconds: number;
  /** Against the problem's estimate: negative when faster. */
  versusEstimateMinutes: number;
  sentence: string;
}

export function summarizeInterview(session: SolveSession, now: number, estimateMinutes: number): InterviewSummary {
  const usedSeconds = Math.min(elapsedSeconds(session, now), INTERVIEW_MINUTES * 60);
  const versus = Math.round(usedSeconds / 60 - estimateMinutes);
  const solved = session.solved === true;
  const pace = versus === 0 ? "right on" : versus < 0 ? `${-versus} min under` : `${versus} min over`;
  const sentence = solved
    ? `Solved in ${formatClock(usedSeconds)}, ${pace} the ${estimateMinutes}-minute estimate.`
    : usedSeconds >= INTERVIEW_MINUTES * 60
      ? `Time ran out before an accepted submit.`
      : `Stopped at ${formatClock(usedSeconds)} without an accepted submit.`;
  return { solved, usedSeconds, versusEstimateMinutes: versus, sentence };
}
