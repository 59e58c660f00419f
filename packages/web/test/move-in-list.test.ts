import type { ApplicationSummary, Stage } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { moveInList } from "../src/features/board/move-in-list";

let n = 0;
function card(id: string, stage: Stage, position: string): ApplicationSummary {
  n += 1;
  return {
    id,
    stage,
    position,
    daysInStage: 5,
    stageEnteredAt: "2026-01-01T00:00:00.000Z",
    roleTitle: `Role ${n}`,
  } as ApplicationSummary;
}

const board = [
  card("i1", "interested", "a0"),
  card("i2", "interested", "a1"),
  card("a1", "applied", "a0"),
  card("a2", "applied", "a1"),
  card("o1", "onsite", "a0"),
];
const ids = (list: ApplicationSummary[]) => list.map((a) => `${a.stage}:${a.id}`);
const NOW = "2026-02-01T00:00:00.000Z";

describe("moveInList", () => {
  it("moves a card between two cards of another column and resets its days in stage", () => {
    const next = moveInList(board, { id: "i1", stage: "applied", afterId: "a1", beforeId: "a2" }, NOW);
    expect(ids(next)).toEqual(["interested:i2", "applied:a1", "applied:i1", "applied:a2", "onsite:o1"]);
    const moved = next.find((a) => a.id === "i1")!;
    expect(moved.daysInStage).toBe(0);
    expect(moved.stageEnteredAt).toBe(NOW);
    expect(moved.position > "a0" && moved.position < "a1").toBe(true);
  });

  it("appends to the end of a column, even an empty one between others", () => {
    expect(ids(moveInList(board, { id: "i1", stage: "applied" }, NOW))).toEqual([
      "interested:i2",
      "applied:a1",
      "applied:a2",
      "applied:i1",
      "onsite:o1",
    ]);
    expect(ids(moveInList(board, { id: "a1", stage: "technical_screen" }, NOW))).toEqual([
      "interested:i1",
      "interested:i2",
      "applied:a2",
      "technical_screen:a1",
      "onsite:o1",
    ]);
  });

  it("keeps the identity of every card it does not move", () => {
    const next = moveInList(board, { id: "i1", stage: "interested", afterId: "i2" }, NOW);
    expect(ids(next)).toEqual(["interested:i2", "interested:i1", "applied:a1", "applied:a2", "onsite:o1"]);
    expect(next.find((a) => a.id === "i1")!.daysInStage).toBe(5);
    for (const original of board.filter((a) => a.id !== "i1")) expect(next).toContain(original);
  });
});
