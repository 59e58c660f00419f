import { describe, expect, it } from "vitest";
import { fromDraft, toDraft } from "../src/features/plan/constraints-draft";

describe("the constraints form", () => {
  it("reads saved constraints into the form and back unchanged", () => {
    const constraints = {
      interviewsPerDay: 2,
      interviewsPerWeek: 6,
      blackoutDates: ["2026-12-24", "2026-12-25"],
      readyForOnsitesOn: "2026-12-01",
      minDaysBetweenOnsites: 2,
      decisionWindow: { start: "2027-01-04", end: "2027-01-15" },
    };
    const draft = toDraft(constraints);
    expect(draft.windowMode).toBe("fixed");
    expect(fromDraft(draft)).toEqual({ constraints });
  });

  it("treats blanks as no limit and the automatic window as no window", () => {
    const draft = toDraft({ decisionWindow: { start: "2027-01-04", end: "2027-01-15" } });
    expect(draft.interviewsPerDay).toBe("");
    expect(fromDraft({ ...draft, windowMode: "auto" })).toEqual({ constraints: {} });
  });

  it("sorts blackout dates and drops repeats", () => {
    const draft = { ...toDraft({}), blackoutDates: ["2026-12-25", "2026-12-24", "2026-12-25"] };
    expect(fromDraft(draft)).toEqual({ constraints: { blackoutDates: ["2026-12-24", "2026-12-25"] } });
  });

  it("asks for both days of a fixed window", () => {
    const draft = { ...toDraft({}), windowMode: "fixed" as const, window: ["2027-01-04", null] as [string, null] };
    expect(fromDraft(draft)).toEqual({ errors: { window: "Pick the first and the last day of the window" } });
  });

  it("names the field the planner's schema refuses", () => {
    const result = fromDraft({ ...toDraft({}), interviewsPerDay: 11 });
    expect(result.errors).toHaveProperty("interviewsPerDay");
    const backwards = fromDraft({ ...toDraft({}), windowMode: "fixed", window: ["2027-01-15", "2027-01-04"] });
    expect(backwards.errors).toHaveProperty("window");
  });
});
