import { Invalid } from "../errors.js";
import type { Source } from "./schemas.js";
import { OPEN_STAGES, type Stage } from "./stages.js";

/** One row of an application's stage history: the stage it entered and when (ISO timestamp). */
export interface StageStep {
  readonly stage: Stage;
  readonly at: string;
}

/** What the analytics need of one application: where it came from and the stages it walked. */
export interface TrackedApplication {
  readonly source: Source | null;
  /** The stage history in the order it was written; ties on `at` keep that order. */
  readonly steps: readonly StageStep[];
}

/**
 * The stages of the funnel, in order: every stage but the closed ones. `accepted` is the funnel's
 * last step; `rejected`, `withdrawn` and `no_response` end an application without being a step.
 */
export const FUNNEL_STAGES = OPEN_STAGES;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

const FUNNEL_INDEX = new Map<Stage, number>(FUNNEL_STAGES.map((stage, i) => [stage, i]));

/** The position of a stage in the funnel, or -1 for a closed stage. */
export function funnelIndex(stage: Stage): number {
  return FUNNEL_INDEX.get(stage) ?? -1;
}

export const APPLIED_INDEX = funnelIndex("applied");

/** A step with its instant in epoch milliseconds. */
export interface TimedStep {
  readonly stage: Stage;
  readonly ms: number;
}

/**
 * The steps in time order (a stable sort: ties keep the written order), with a step that repeats
 * the stage the application is already in dropped, since it changes nothing.
 */
export function toTimeline(steps: readonly StageStep[]): TimedStep[] {
  const timed = steps.map((step) => {
    const ms = Date.parse(step.at);
    if (Number.isNaN(ms)) throw new Invalid(`"${step.at}" is not an ISO timestamp`, { at: "must be an ISO timestamp" });
    return { stage: step.stage, ms };
  });
  timed.sort((a, b) => a.ms - b.ms);
  return timed.filter((step, i) => i === 0 || timed[i - 1]!.stage !== step.stage);
}

/** The furthest funnel stage a timeline shows (its index), or -1 when it shows none. */
export function furthestIndex(timeline: readonly TimedStep[]): number {
  let furthest = -1;
  for (const step of timeline) furthest = Math.max(furthest, funnelIndex(step.stage));
  return furthest;
}
