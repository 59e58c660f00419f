import {
  CLOSED_STAGES,
  isClosedStage,
  isStage,
  neighbourStage,
  OPEN_STAGES,
  STAGES,
  stageLabel,
  type Stage,
} from "../src/index.js";
import { describe, expect, it } from "vitest";

describe("stages", () => {
  it("are the search's steps in order, then the closed states", () => {
    expect(STAGES).toEqual([
      "interested",
      "applied",
      "recruiter_screen",
      "technical_screen",
      "onsite",
      "offer",
      "accepted",
      "rejected",
      "withdrawn",
      "no_response",
    ]);
    expect([...OPEN_STAGES, ...CLOSED_STAGES]).toEqual(STAGES);
  });

  it("show in words, each with its own label", () => {
    expect(stageLabel("interested")).toBe("Interested");
    expect(stageLabel("recruiter_screen")).toBe("Recruiter screen");
    expect(stageLabel("technical_screen")).toBe("Technical screen");
    expect(stageLabel("no_response")).toBe("No response");
    const labels = STAGES.map(stageLabel);
    expect(new Set(labels).size).toBe(STAGES.length);
    for (const label of labels) expect(label).toMatch(/^[A-Z][a-z-]*( [a-z-]+)*$/);
  });

  it("know which are closed", () => {
    expect(STAGES.filter(isClosedStage)).toEqual(["rejected", "withdrawn", "no_response"]);
    expect(isClosedStage("accepted")).toBe(false);
    expect(isClosedStage("offer")).toBe(false);
  });

  it("recognise their identifiers and nothing else", () => {
    for (const stage of STAGES) expect(isStage(stage)).toBe(true);
    for (const other of ["", "Applied", "hired", "APPLIED", " applied", "toString", "constructor"]) {
      expect(isStage(other), other).toBe(false);
    }
  });

  it("have neighbours on the board, and none past either edge", () => {
    expect(neighbourStage("interested", -1)).toBeUndefined();
    expect(neighbourStage("interested", 1)).toBe("applied");
    expect(neighbourStage("onsite", -1)).toBe("technical_screen");
    expect(neighbourStage("onsite", 1)).toBe("offer");
    expect(neighbourStage("no_response", 1)).toBeUndefined();
    expect(neighbourStage("no_response", -1)).toBe("withdrawn");
    // Every step right then left comes back.
    for (const stage of STAGES) {
      const right = neighbourStage(stage, 1);
      if (right) expect(neighbourStage(right, -1)).toBe<Stage>(stage);
    }
  });
});
