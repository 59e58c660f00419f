import { currentStage, daysInStage, STAGES, type Stage, type StageChange } from "../src/index.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const change = (toStage: Stage, at: string, fromStage: Stage | null = null): StageChange => ({
  fromStage,
  toStage,
  at,
});

describe("currentStage", () => {
  it("is undefined for an empty history", () => {
    expect(currentStage([])).toBeUndefined();
  });

  it("is the latest change, whatever order the rows come in", () => {
    const history = [
      change("recruiter_screen", "2025-03-05T09:00:00.000Z", "applied"),
      change("interested", "2025-03-01T09:00:00.000Z"),
      change("applied", "2025-03-02T09:00:00.000Z", "interested"),
    ];
    expect(currentStage(history)).toEqual({ stage: "recruiter_screen", enteredAt: "2025-03-05T09:00:00.000Z" });
  });

  it("on a tie of timestamps, the change written last wins", () => {
    const at = "2025-03-01T09:00:00.000Z";
    expect(currentStage([change("interested", at), change("applied", at), change("rejected", at)])?.stage).toBe(
      "rejected",
    );
    expect(currentStage([change("rejected", at), change("applied", at)])?.stage).toBe("applied");
  });

  it("compares instants, not the text of timestamps in different zones", () => {
    // 12:00 at +02:00 is 10:00 UTC: earlier than 10:30 UTC though its text sorts later.
    const history = [
      change("interested", "2025-03-01T10:30:00Z"),
      change("applied", "2025-03-01T12:00:00+02:00", "interested"),
    ];
    expect(currentStage(history)?.stage).toBe("interested");
    // The same instant written two ways is a tie: the later row wins.
    expect(
      currentStage([change("interested", "2025-03-01T10:00:00Z"), change("applied", "2025-03-01T12:00:00+02:00")])
        ?.stage,
    ).toBe("applied");
  });

  it("reads the driver's text form of a timestamp", () => {
    const history = [change("interested", "2025-03-01 09:00:00+00"), change("applied", "2025-03-01 09:00:01.5+00")];
    expect(currentStage(history)).toEqual({ stage: "applied", enteredAt: "2025-03-01 09:00:01.5+00" });
  });

  const stage = fc.constantFrom(...STAGES);
  // Milliseconds within a few years, with many ties.
  const instants = fc.array(fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_000 + 20 }), {
    minLength: 1,
    maxLength: 30,
  });

  it("property: for a history in time order, it is the last change", () => {
    fc.assert(
      fc.property(instants, fc.array(stage, { minLength: 30, maxLength: 30 }), (times, stages) => {
        const history = [...times]
          .sort((a, b) => a - b)
          .map((t, i) => change(stages[i]!, new Date(t).toISOString(), i === 0 ? null : stages[i - 1]!));
        const last = history.at(-1)!;
        expect(currentStage(history)).toEqual({ stage: last.toStage, enteredAt: last.at });
      }),
    );
  });

  it("property: in any order, it is the latest instant, ties going to the later row", () => {
    fc.assert(
      fc.property(instants, fc.array(stage, { minLength: 30, maxLength: 30 }), (times, stages) => {
        const history = times.map((t, i) => change(stages[i]!, new Date(t).toISOString()));
        const latest = Math.max(...times);
        const winner = history[times.lastIndexOf(latest)]!;
        expect(currentStage(history)?.stage).toBe(winner.toStage);
        expect(Date.parse(currentStage(history)!.enteredAt)).toBe(latest);
      }),
    );
  });
});

describe("daysInStage", () => {
  const now = new Date("2025-03-10T12:00:00.000Z");

  it("counts whole days since the stage was entered", () => {
    expect(daysInStage("2025-03-10T12:00:00.000Z", now)).toBe(0);
    expect(daysInStage("2025-03-09T12:00:00.001Z", now)).toBe(0);
    expect(daysInStage("2025-03-09T12:00:00.000Z", now)).toBe(1);
    expect(daysInStage("2025-02-28T12:00:00.000Z", now)).toBe(10);
  });

  it("is never negative, even for a time after now", () => {
    expect(daysInStage("2025-03-11T12:00:00.000Z", now)).toBe(0);
  });

  it("counts instants, whatever zone the timestamp is written in", () => {
    // 2025-03-09T07:00-05:00 is 12:00 UTC: exactly one day before now.
    expect(daysInStage("2025-03-09T07:00:00-05:00", now)).toBe(1);
    expect(daysInStage("2025-03-09T07:00:01-05:00", now)).toBe(0);
    expect(daysInStage("2025-03-09 12:00:00+00", now)).toBe(1);
  });

  it("property: entering k days and a bit ago reads k", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 86_399_999 }), (k, extra) => {
        const enteredAt = new Date(now.getTime() - k * 86_400_000 - extra).toISOString();
        expect(daysInStage(enteredAt, now)).toBe(k);
      }),
    );
  });
});
