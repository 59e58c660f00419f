import { describe, expect, it } from "vitest";
import {
  elapsedSeconds,
  endSession,
  formatClock,
  interviewCountdown,
  interviewDeadline,
  parseSession,
  recordResult,
  resumeSession,
  startSession,
  summarizeInterview,
} from "../src/features/practice/solve-session";

const T0 = 1_700_000_000_000;
const at = (seconds: number) => T0 + seconds * 1000;

describe("the solve timer", () => {
  it("counts up from the start, in whole seconds", () => {
    const session = startSession(T0, false);
    expect(elapsedSeconds(session, at(0))).toBe(0);
    expect(elapsedSeconds(session, at(61.9))).toBe(61);
    // A clock set back never shows a negative time.
    expect(elapsedSeconds(session, at(-5))).toBe(0);
  });

  it("formats minutes and seconds, hours when needed, and time past the end", () => {
    expect(formatClock(0)).toBe("00:00");
    expect(formatClock(425)).toBe("07:05");
    expect(formatClock(3723)).toBe("1:02:03");
    expect(formatClock(-190)).toBe("+03:10");
  });

  it("stops when an accepted submit ends the sitting, not on a run or a wrong answer", () => {
    let session = startSession(T0, false);
    session = recordResult(session, "run", "accepted", at(100));
    session = recordResult(session, "submit", "wrong_answer", at(200));
    expect(session.endedAt).toBeUndefined();
    session = recordResult(session, "submit", "accepted", at(300));
    expect(session).toMatchObject({ runs: 1, submits: 2, lastVerdict: "accepted", endedAt: at(300), solved: true });
    expect(elapsedSeconds(session, at(9999))).toBe(300);
    // What comes after the end changes nothing: a second accepted submit keeps the first end.
    expect(recordResult(session, "submit", "accepted", at(400))).toEqual(session);
    expect(recordResult(session, "run", "runtime_error", at(450))).toEqual(session);
    expect(endSession(session, at(500)).endedAt).toBe(at(300));
  });
});

describe("an ended interview", () => {
  it("keeps its summary: a submit after its end neither counts nor marks it solved", () => {
    const stopped = endSession(startSession(T0, true), at(120));
    const later = recordResult(stopped, "submit", "accepted", at(600));
    expect(later).toEqual(stopped);
    expect(later.solved).toBeUndefined();
  });
});

describe("the interview countdown", () => {
  const interview = startSession(T0, true);

  it("runs 45 minutes down, orange for the last 15 and red for the last 5 and past the end", () => {
    expect(interviewCountdown(interview, at(0))).toEqual({ remaining: 2700, color: "gray", over: false });
    expect(interviewCountdown(interview, at(30 * 60 - 1)).color).toBe("gray");
    expect(interviewCountdown(interview, at(30 * 60)).color).toBe("orange");
    expect(interviewCountdown(interview, at(40 * 60 - 1)).color).toBe("orange");
    expect(interviewCountdown(interview, at(40 * 60)).color).toBe("red");
    expect(interviewCountdown(interview, at(46 * 60))).toEqual({ remaining: -60, color: "red", over: true });
  });

  it("freezes when the interview is ended", () => {
    const ended = endSession(interview, at(600));
    expect(interviewCountdown(ended, at(5000)).remaining).toBe(2100);
  });
});

describe("a sitting in storage", () => {
  it("round-trips and survives a reload", () => {
    const session = recordResult(startSession(T0, true), "submit", "time_limit", at(9));
    expect(parseSession(JSON.stringify(session))).toEqual(session);
  });

  it("drops what it cannot trust", () => {
    expect(parseSession(null)).toBeUndefined();
    expect(parseSession("{oops")).toBeUndefined();
    expect(parseSession(JSON.stringify({ interview: true }))).toBeUndefined();
    expect(parseSession(JSON.stringify({ startedAt: T0, runs: -3, lastVerdict: "great", endedAt: T0 - 1 }))).toEqual({
      startedAt: T0,
      interview: false,
      runs: 0,
      submits: 0,
    });
  });
});

describe("coming back to a problem", () => {
  it("continues a recent sitting, and starts a new practice one after hours away or with none", () => {
    const interview = startSession(T0, true);
    expect(resumeSession(interview, at(3600))).toBe(interview);
    expect(resumeSession(interview, at(7 * 3600))).toEqual(startSession(at(7 * 3600), false));
    expect(resumeSession(undefined, at(5))).toEqual(startSession(at(5), false));
    // A sitting stamped in the future (a clock changed) is not trusted.
    expect(resumeSession(interview, at(-60)).startedAt).toBe(at(-60));
  });
});

describe("the interview's summary", () => {
  const interview = startSession(T0, true);

  it("says how long an accepted solution took against the estimate", () => {
    const solved = recordResult(interview, "submit", "accepted", at(18 * 60 + 5));
    expect(summarizeInterview(solved, at(9999), 25)).toEqual({
      solved: true,
      usedSeconds: 18 * 60 + 5,
      versusEstimateMinutes: -7,
      sentence: "Solved in 18:05, 7 min under the 25-minute estimate.",
    });
    expect(summarizeInterview(solved, at(9999), 18).sentence).toContain("right on");
  });

  it("says when time ran out or the user stopped, and never counts past 45 minutes", () => {
    const late = endSession(interview, interviewDeadline(interview));
    expect(summarizeInterview(late, at(99_999), 30)).toMatchObject({
      solved: false,
      usedSeconds: 2700,
      sentence: "Time ran out before an accepted submit.",
    });
    const stopped = endSession(recordResult(interview, "submit", "wrong_answer", at(60)), at(600));
    expect(summarizeInterview(stopped, at(700), 30).sentence).toBe("Stopped at 10:00 without an accepted submit.");
    expect(interviewDeadline(interview)).toBe(at(2700));
  });
});
