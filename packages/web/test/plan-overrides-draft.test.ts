import { describe, expect, it } from "vitest";
import {
  fromOverridesDraft,
  PACED_STAGES,
  stagesAhead,
  toOverridesDraft,
  type OverridesDraft,
} from "../src/features/plan/overrides-draft";

const blank = (stages = PACED_STAGES) => toOverridesDraft(null, stages);

/** The blank form with one stage's fields filled in. */
function withStage(stage: (typeof PACED_STAGES)[number], fields: Partial<OverridesDraft["stages"][number]>) {
  const draft = blank();
  return { ...draft, stages: draft.stages.map((row) => (row.stage === stage ? { ...row, ...fields } : row)) };
}

describe("the stages a company's pace can be set for", () => {
  it("are every simulated stage before the application is sent or answered", () => {
    expect(stagesAhead({ stage: "interested" })).toEqual(["applied", "recruiter_screen", "technical_screen", "onsite"]);
    expect(stagesAhead({ stage: "applied" })).toEqual(["applied", "recruiter_screen", "technical_screen", "onsite"]);
  });

  it("start at the current stage once interviewing", () => {
    expect(stagesAhead({ stage: "technical_screen" })).toEqual(["technical_screen", "onsite"]);
    expect(stagesAhead({ stage: "onsite" })).toEqual(["onsite"]);
  });

  it("are none with an offer in hand, whether the stage says so or its dates do", () => {
    expect(stagesAhead({ stage: "offer" })).toEqual([]);
    expect(stagesAhead({ stage: "onsite", offer: { receivedOn: "2027-01-04", deadline: "2027-01-11" } })).toEqual([]);
  });
});

describe("the pace form", () => {
  it("starts blank without saved overrides, and a blank form saves null (the planner's estimates)", () => {
    const draft = blank();
    expect(draft.stages.map((row) => [row.medianDays, row.p90Days, row.passPercent])).toEqual([
      ["", "", ""],
      ["", "", ""],
      ["", "", ""],
      ["", "", ""],
    ]);
    expect(draft.offerOpenDays).toBe("");
    expect(fromOverridesDraft(draft)).toEqual({ overrides: null });
  });

  it("reads saved overrides into the form and back unchanged, pass rates as whole percentages", () => {
    const overrides = {
      stages: {
        recruiter_screen: { passRate: 0.9 },
        onsite: { medianDays: 7, p90Days: 12, passRate: 0.4 },
      },
      offerOpenDays: 14,
    };
    const draft = toOverridesDraft(overrides, ["recruiter_screen", "technical_screen", "onsite"]);
    // 0.4 × 100 is 40.000000000000006 in floating point: the form shows 40.
    expect(draft.stages.find((row) => row.stage === "onsite")).toEqual({
      stage: "onsite",
      medianDays: 7,
      p90Days: 12,
      passPercent: 40,
    });
    expect(draft.stages.find((row) => row.stage === "recruiter_screen")?.passPercent).toBe(90);
    expect(fromOverridesDraft(draft)).toEqual({ overrides });
  });

  it("leaves out the stages the application is past", () => {
    const overrides = { stages: { applied: { medianDays: 3 }, onsite: { medianDays: 20 } } };
    const draft = toOverridesDraft(overrides, ["onsite"]);
    expect(draft.stages.map((row) => row.stage)).toEqual(["onsite"]);
    expect(fromOverridesDraft(draft)).toEqual({ overrides: { stages: { onsite: { medianDays: 20 } } } });
  });

  it("saves only the fields given, and a percentage as a probability", () => {
    const draft = withStage("technical_screen", { p90Days: 21, passPercent: 35 });
    expect(fromOverridesDraft(draft)).toEqual({
      overrides: { stages: { technical_screen: { p90Days: 21, passRate: 0.35 } } },
    });
    expect(fromOverridesDraft({ ...blank(), offerOpenDays: 5 })).toEqual({ overrides: { offerOpenDays: 5 } });
  });

  it("keeps a zero: a 0% chance or a same-day answer is an answer, not a blank", () => {
    const draft = withStage("applied", { medianDays: 0, p90Days: 0, passPercent: 0 });
    expect(fromOverridesDraft(draft)).toEqual({
      overrides: { stages: { applied: { medianDays: 0, p90Days: 0, passRate: 0 } } },
    });
  });

  it("refuses a slow case faster than the typical one, under the slow case's field", () => {
    expect(fromOverridesDraft(withStage("onsite", { medianDays: 30, p90Days: 20 }))).toEqual({
      errors: { "onsite.p90Days": "must be ≥ typical days" },
    });
    // Equal is fine; and with one of the two blank, the planner keeps its own spread for the other.
    expect(fromOverridesDraft(withStage("onsite", { medianDays: 20, p90Days: 20 })).errors).toBeUndefined();
    expect(fromOverridesDraft(withStage("onsite", { medianDays: 30 })).errors).toBeUndefined();
  });

  it("names each field the planner's schema refuses, in the form's own terms", () => {
    const draft = {
      ...withStage("recruiter_screen", { medianDays: 400, passPercent: 150 }),
      offerOpenDays: 200,
    };
    expect(fromOverridesDraft(draft)).toEqual({
      errors: {
        "recruiter_screen.medianDays": "at most 365",
        "recruiter_screen.passPercent": "must be 0 to 100",
        offerOpenDays: "at most 120",
      },
    });
    expect(fromOverridesDraft(withStage("applied", { p90Days: -1 })).errors).toEqual({
      "applied.p90Days": "cannot be negative",
    });
  });
});
