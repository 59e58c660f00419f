import {
  planOverridesSchema,
  SIMULATED_STAGES,
  type PlanApplication,
  type PlanOverrides,
  type SimulatedStage,
  type StageOverride,
} from "@loopwise/domain";

/** The stages the planner simulates, in order: the ones whose pace a user can know better. */
export const PACED_STAGES = SIMULATED_STAGES;
export type PacedStage = SimulatedStage;

/** The stages an application still has ahead: none with an offer in hand. */
export function stagesAhead(app: Pick<PlanApplication, "stage" | "offer">): PacedStage[] {
  if (app.stage === "offer" || app.offer) return [];
  const current = PACED_STAGES.indexOf(app.stage as PacedStage);
  return PACED_STAGES.slice(Math.max(0, current));
}

/** One stage as the form holds it: blanks keep the planner's assumption; the pass rate in percent. */
export interface StageDraft {
  stage: PacedStage;
  medianDays: number | "";
  p90Days: number | "";
  passPercent: number | "";
}

export interface OverridesDraft {
  stages: StageDraft[];
  offerOpenDays: number | "";
}

/** Field errors are keyed `<stage>.<field>` (`onsite.p90Days`) or `offerOpenDays`. */
export type OverridesResult =
  { overrides: PlanOverrides | null; errors?: undefined } | { errors: Record<string, string> };

/** The form for the stages shown, from the saved overrides (those of stages behind are left out). */
export function toOverridesDraft(
  overrides: PlanOverrides | null | undefined,
  stages: readonly PacedStage[],
): OverridesDraft {
  return {
    stages: stages.map((stage) => {
      const saved = overrides?.stages?.[stage];
      return {
        stage,
        medianDays: saved?.medianDays ?? "",
        p90Days: saved?.p90Days ?? "",
        // 0.4 × 100 is 40.000000000000006 in floating point: keep one decimal.
        passPercent: saved?.passRate === undefined ? "" : Math.round(saved.passRate * 1000) / 10,
      };
    }),
    offerOpenDays: overrides?.offerOpenDays ?? "",
  };
}

/** The overrides to save (null when every field is blank), or the problems by field. */
export function fromOverridesDraft(draft: OverridesDraft): OverridesResult {
  const errors: Record<string, string> = {};
  const stages: Partial<Record<PacedStage, StageOverride>> = {};
  for (const row of draft.stages) {
    const { stage, medianDays, p90Days, passPercent } = row;
    if (medianDays !== "" && p90Days !== "" && p90Days < medianDays) {
      errors[`${stage}.p90Days`] = "must be ≥ typical days";
    }
    if (passPercent !== "" && (passPercent < 0 || passPercent > 100)) {
      errors[`${stage}.passPercent`] = "must be 0 to 100";
    }
    const given: StageOverride = {
      ...(medianDays !== "" ? { medianDays } : {}),
      ...(p90Days !== "" ? { p90Days } : {}),
      ...(passPercent !== "" ? { passRate: passPercent / 100 } : {}),
    };
    if (Object.keys(given).length > 0) stages[stage] = given;
  }
  const candidate: PlanOverrides = {
    ...(Object.keys(stages).length > 0 ? { stages } : {}),
    ...(draft.offerOpenDays !== "" ? { offerOpenDays: draft.offerOpenDays } : {}),
  };
  const parsed = planOverridesSchema.safeParse(candidate);
  for (const issue of parsed.error?.issues ?? []) errors[fieldOf(issue.path)] ??= issue.message;
  if (!parsed.success || Object.keys(errors).length > 0) return { errors };
  return { overrides: Object.keys(parsed.data).length > 0 ? parsed.data : null };
}

/** ["stages", "onsite", "passRate"] → "onsite.passPercent"; ["offerOpenDays"] → "offerOpenDays". */
function fieldOf(path: readonly PropertyKey[]): string {
  if (path[0] !== "stages") return String(path[0] ?? "form");
  const field = path[2] === "passRate" ? "passPercent" : String(path[2]);
  return `${String(path[1])}.${field}`;
}
