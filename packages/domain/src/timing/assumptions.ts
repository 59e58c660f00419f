import type { PlanHistory, StageOverride } from "./plan-input.js";
import { durationTable, tableQuantile, type DurationSpec, type DurationTable } from "./distributions.js";

/**
 * The stages the planner simulates, in order. Each is a *wait*: the time an application stays in
 * the stage before it moves on, and the chance that moving on means going forward.
 * - applied: from sending the application to the first answer (a recruiter screen);
 * - recruiter_screen, technical_screen, onsite: each holds one interview (the call, the technical
 *   screen, the onsite day) and ends with the company's decision; the onsite's decision is the offer.
 * `interested` is not simulated: when to apply is the user's decision. `offer` is the offer being
 * open (its deadline, or `DEFAULT_OFFER_OPEN_DAYS`).
 */
export const SIMULATED_STAGES = ["applied", "recruiter_screen", "technical_screen", "onsite"] as const;
export type SimulatedStage = (typeof SIMULATED_STAGES)[number];

export interface StageAssumption {
  medianDays: number;
  p90Days: number;
  passRate: number;
}

/**
 * Default assumptions, honest round numbers for a software-engineering hire. They are assumptions,
 * not measurements; the user's own history replaces them as it accumulates.
 * - Application to offer about five weeks (the medians add up to 35 days): hiring surveys (for
 *   example Glassdoor's studies of interview-process length) put the average process at three to
 *   four weeks across jobs and longer for engineering roles.
 * - applied: an answer in 1-2 weeks (median 10 days, p90 21); a cold application gets a screen
 *   about one time in four (response rates for cold applications are low; referrals do better:
 *   override per company).
 * - recruiter and technical screens: about a week apart (median 7-8 days, p90 two weeks); 60% of
 *   recruiter screens and half of technical screens lead on.
 * - onsite: scheduling plus the debrief, about 10 days (p90 three weeks), "onsite to offer about a
 *   week"; 40% of onsites end in an offer.
 */
export const DEFAULT_STAGE_ASSUMPTIONS: Record<SimulatedStage, StageAssumption> = {
  applied: { medianDays: 10, p90Days: 21, passRate: 0.25 },
  recruiter_screen: { medianDays: 7, p90Days: 14, passRate: 0.6 },
  technical_screen: { medianDays: 8, p90Days: 16, passRate: 0.5 },
  onsite: { medianDays: 10, p90Days: 21, passRate: 0.4 },
};

/** Offers usually stay open one to two weeks: 10 days when the deadline is not known yet. */
export const DEFAULT_OFFER_OPEN_DAYS = 10;

/**
 * The defaults count as this many observations: with n observed transitions of a stage, the
 * user's history gets weight n / (n + 10) (a pass rate of (moved forward + 10 × default) / (n + 10);
 * durations drawn from the observed ones with that probability, from the default otherwise).
 */
export const PRIOR_OBSERVATIONS = 10;

/** Within an interview stage, the interview falls at this share of the stage; the decision takes the rest. */
export const INTERVIEW_AT = 0.5;

/** A blended stage: what the simulation samples, and what the assumptions table shows. */
export interface BlendedStage extends StageAssumption {
  stage: SimulatedStage;
  observed: number;
  spec: DurationSpec;
  table: DurationTable;
  source: string;
}

/** Default assumptions blended with the user's history (see PRIOR_OBSERVATIONS). */
export function blendedStages(history: PlanHistory | undefined): BlendedStage[] {
  return SIMULATED_STAGES.map((stage) => {
    const prior = DEFAULT_STAGE_ASSUMPTIONS[stage];
    const seen = history?.find((row) => row.stage === stage);
    const samples = seen ? [...seen.durationsDays].sort((a, b) => a - b) : [];
    const completed = seen?.completed ?? 0;
    const passWeight = completed / (completed + PRIOR_OBSERVATIONS);
    const observedPass = completed > 0 ? Math.min(1, seen!.movedForward / completed) : 0;
    const passRate = passWeight * observedPass + (1 - passWeight) * prior.passRate;
    const spec: DurationSpec = {
      medianDays: prior.medianDays,
      p90Days: prior.p90Days,
      samples,
      sampleWeight: samples.length / (samples.length + PRIOR_OBSERVATIONS),
    };
    const table = durationTable(spec);
    const blended = samples.length > 0 || completed > 0;
    return {
      stage,
      medianDays: round1(tableQuantile(table.quantiles, 0.5)),
      p90Days: round1(tableQuantile(table.quantiles, 0.9)),
      passRate: Math.round(passRate * 1000) / 1000,
      observed: Math.max(completed, samples.length),
      spec,
      table,
      source: blended
        ? `default blended with your history (${Math.max(completed, samples.length)} observed, weight ${Math.round(
            (samples.length / (samples.length + PRIOR_OBSERVATIONS)) * 100,
          )}%)`
        : "default assumption",
    };
  });
}

/** One company's stage after its overrides: a given median or p90 replaces the blended duration. */
export function overriddenStage(
  blended: BlendedStage,
  override: StageOverride | undefined,
): { table: DurationTable; passRate: number; medianDays: number } {
  const passRate = override?.passRate ?? blended.passRate;
  if (override?.medianDays === undefined && override?.p90Days === undefined) {
    return { table: blended.table, passRate, medianDays: blended.medianDays };
  }
  // One of the two given: keep the default's spread (p90 / median) for the other.
  const prior = DEFAULT_STAGE_ASSUMPTIONS[blended.stage];
  const ratio = prior.p90Days / prior.medianDays;
  const medianDays = override.medianDays ?? override.p90Days! / ratio;
  const p90Days = override.p90Days ?? override.medianDays! * ratio;
  return {
    table: durationTable({ medianDays, p90Days: Math.max(medianDays, p90Days), samples: [], sampleWeight: 0 }),
    passRate,
    medianDays,
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
