import { planConstraintsSchema, type PlanConstraints } from "@loopwise/domain";

/** The constraints form as it is being filled: blanks are "no limit". */
export interface ConstraintsDraft {
  interviewsPerDay: number | "";
  interviewsPerWeek: number | "";
  blackoutDates: string[];
  readyForOnsitesOn: string | null;
  minDaysBetweenOnsites: number | "";
  windowMode: "auto" | "fixed";
  window: [string | null, string | null];
}

export function toDraft(constraints: PlanConstraints): ConstraintsDraft {
  const window = constraints.decisionWindow;
  return {
    interviewsPerDay: constraints.interviewsPerDay ?? "",
    interviewsPerWeek: constraints.interviewsPerWeek ?? "",
    blackoutDates: [...(constraints.blackoutDates ?? [])].sort(),
    readyForOnsitesOn: constraints.readyForOnsitesOn ?? null,
    minDaysBetweenOnsites: constraints.minDaysBetweenOnsites ?? "",
    windowMode: window ? "fixed" : "auto",
    window: window ? [window.start, window.end] : [null, null],
  };
}

export type DraftResult = { constraints: PlanConstraints; errors?: undefined } | { errors: Record<string, string> };

/** The constraints to save, or the problems by draft field (a fixed window needs both dates). */
export function fromDraft(draft: ConstraintsDraft): DraftResult {
  const [start, end] = draft.window;
  if (draft.windowMode === "fixed" && (!start || !end)) {
    return { errors: { window: "Pick the first and the last day of the window" } };
  }
  const candidate: Record<string, unknown> = {
    ...(draft.interviewsPerDay !== "" ? { interviewsPerDay: draft.interviewsPerDay } : {}),
    ...(draft.interviewsPerWeek !== "" ? { interviewsPerWeek: draft.interviewsPerWeek } : {}),
    ...(draft.blackoutDates.length > 0 ? { blackoutDates: [...new Set(draft.blackoutDates)].sort() } : {}),
    ...(draft.readyForOnsitesOn ? { readyForOnsitesOn: draft.readyForOnsitesOn } : {}),
    ...(draft.minDaysBetweenOnsites !== "" ? { minDaysBetweenOnsites: draft.minDaysBetweenOnsites } : {}),
    ...(draft.windowMode === "fixed" && start && end ? { decisionWindow: { start, end } } : {}),
  };
  const parsed = planConstraintsSchema.safeParse(candidate);
  if (parsed.success) return { constraints: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] === "decisionWindow" ? "window" : String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return { errors };
}
