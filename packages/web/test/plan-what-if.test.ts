import type { PlanInputJson } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { dragChanges, dragId, parseDragId } from "../src/features/plan/timeline-drag";
import {
  applyChanges,
  canMoveStart,
  hasChanges,
  moveStart,
  moveWindowEdge,
  NO_CHANGES,
} from "../src/features/plan/what-if";

const ACME = "11111111-1111-4111-8111-111111111111";
const GLOBEX = "22222222-2222-4222-8222-222222222222";

const input: PlanInputJson = {
  today: "2026-11-22",
  applications: [
    { id: ACME, desirability: 5, stage: "interested", stageEnteredOn: "2026-11-01" },
    { id: GLOBEX, desirability: 3, stage: "onsite", stageEnteredOn: "2026-11-18" },
  ],
  constraints: { interviewsPerWeek: 3 },
  trials: 10_000,
  seed: 7,
};
const window = { start: "2026-12-14", end: "2026-12-20" };

describe("what-if changes over the plan's input", () => {
  it("leave the input as it is when there are none", () => {
    expect(hasChanges(NO_CHANGES)).toBe(false);
    expect(applyChanges(input, NO_CHANGES)).toEqual(input);
  });

  it("pin a start only for an application not yet sent, never before today", () => {
    expect(canMoveStart({ stage: "interested" })).toBe(true);
    expect(canMoveStart({ stage: "applied" })).toBe(false);
    const moved = moveStart(NO_CHANGES, input, ACME, "2026-11-30");
    expect(moved.starts).toEqual({ [ACME]: "2026-11-30" });
    expect(moveStart(NO_CHANGES, input, ACME, "2026-11-02").starts[ACME]).toBe("2026-11-22");
    expect(moveStart(NO_CHANGES, input, GLOBEX, "2026-11-30")).toBe(NO_CHANGES);
    expect(moveStart(NO_CHANGES, input, "not-there", "2026-11-30")).toBe(NO_CHANGES);
    // The same date again is no change at all (no needless re-plan).
    expect(moveStart(moved, input, ACME, "2026-11-30")).toBe(moved);
  });

  it("lay pinned starts and a fixed window over the input, keeping its seed and other constraints", () => {
    const changes = { starts: { [ACME]: "2026-11-30", [GLOBEX]: "2026-11-25" }, window };
    const next = applyChanges(input, changes, 2_000);
    expect(next.applications[0]).toMatchObject({ id: ACME, startOn: "2026-11-30" });
    // A start for one already sent would be refused by the planner: it is left out.
    expect(next.applications[1]).not.toHaveProperty("startOn");
    expect(next.constraints).toEqual({ interviewsPerWeek: 3, decisionWindow: window });
    expect(next.trials).toBe(2_000);
    expect(next.seed).toBe(7);
    expect(applyChanges(input, changes).trials).toBe(10_000);
    // The input itself is not touched.
    expect(input.applications[0]).not.toHaveProperty("startOn");
    expect(input.constraints).toEqual({ interviewsPerWeek: 3 });
  });

  it("move a window edge from the window shown, keeping start ≤ end and the start not before today", () => {
    expect(moveWindowEdge(NO_CHANGES, window, "start", "2026-12-10", input.today).window).toEqual({
      start: "2026-12-10",
      end: "2026-12-20",
    });
    expect(moveWindowEdge(NO_CHANGES, window, "end", "2027-01-03", input.today).window).toEqual({
      start: "2026-12-14",
      end: "2027-01-03",
    });
    expect(moveWindowEdge(NO_CHANGES, window, "start", "2026-12-25", input.today).window).toEqual({
      start: "2026-12-20",
      end: "2026-12-20",
    });
    expect(moveWindowEdge(NO_CHANGES, window, "end", "2026-12-01", input.today).window).toEqual({
      start: "2026-12-14",
      end: "2026-12-14",
    });
    expect(moveWindowEdge(NO_CHANGES, window, "start", "2026-11-01", input.today).window?.start).toBe(input.today);
    // A second move starts from the first one's window, not the plan's.
    const once = moveWindowEdge(NO_CHANGES, window, "end", "2026-12-31", input.today);
    expect(moveWindowEdge(once, window, "start", "2026-12-21", input.today).window).toEqual({
      start: "2026-12-21",
      end: "2026-12-31",
    });
  });
});

describe("a drag on the timeline", () => {
  it("names its target in the drag id and reads it back", () => {
    for (const target of [
      { kind: "start", id: ACME },
      { kind: "window", edge: "start" },
      { kind: "window", edge: "end" },
    ] as const) {
      expect(parseDragId(dragId(target))).toEqual(target);
    }
    expect(parseDragId("window:middle")).toBeNull();
    expect(parseDragId("start:")).toBeNull();
    expect(parseDragId("nonsense")).toBeNull();
  });

  it("turns a start dragged by n days into that start pinned n days later", () => {
    const changes = dragChanges(NO_CHANGES, input, window, { kind: "start", id: ACME }, "2026-11-24", 5);
    expect(changes.starts[ACME]).toBe("2026-11-29");
    const back = dragChanges(changes, input, window, { kind: "start", id: ACME }, "2026-11-29", -3);
    expect(back.starts[ACME]).toBe("2026-11-26");
  });

  it("turns a window edge dragged by n days into a fixed window", () => {
    const changes = dragChanges(NO_CHANGES, input, window, { kind: "window", edge: "end" }, window.end, 7);
    expect(changes.window).toEqual({ start: "2026-12-14", end: "2026-12-27" });
    expect(applyChanges(input, changes).constraints?.decisionWindow).toEqual(changes.window);
  });
});
