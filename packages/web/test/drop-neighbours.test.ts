import { describe, expect, it } from "vitest";
import { neighboursForDrop, neighboursForStep } from "../src/features/board/drop-neighbours";

const column = ["a", "b", "c", "d"].map((id) => ({ id }));

describe("neighboursForDrop", () => {
  it("places a card from another column between the cards around the gap", () => {
    expect(neighboursForDrop(column, "x", 0)).toEqual({ afterId: undefined, beforeId: "a" });
    expect(neighboursForDrop(column, "x", 2)).toEqual({ afterId: "b", beforeId: "c" });
    expect(neighboursForDrop(column, "x", 4)).toEqual({ afterId: "d", beforeId: undefined });
  });

  it("goes to the end of an empty column", () => {
    expect(neighboursForDrop([], "x", 0)).toEqual({ afterId: undefined, beforeId: undefined });
  });

  it("is a no-op when a card is dropped on either side of itself", () => {
    expect(neighboursForDrop(column, "b", 1)).toBeNull();
    expect(neighboursForDrop(column, "b", 2)).toBeNull();
  });

  it("skips the dragged card when it moves within its column", () => {
    expect(neighboursForDrop(column, "a", 3)).toEqual({ afterId: "c", beforeId: "d" });
    expect(neighboursForDrop(column, "d", 0)).toEqual({ afterId: undefined, beforeId: "a" });
    expect(neighboursForDrop(column, "b", 4)).toEqual({ afterId: "d", beforeId: undefined });
  });
});

describe("neighboursForStep", () => {
  it("moves one place up or down, and not past an edge", () => {
    expect(neighboursForStep(column, "b", 1)).toEqual({ afterId: "c", beforeId: "d" });
    expect(neighboursForStep(column, "b", -1)).toEqual({ afterId: undefined, beforeId: "a" });
    expect(neighboursForStep(column, "a", -1)).toBeNull();
    expect(neighboursForStep(column, "d", 1)).toBeNull();
    expect(neighboursForStep(column, "zz", 1)).toBeNull();
  });
});
