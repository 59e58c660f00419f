import {
  FUNNEL_STAGES,
  furthestIndex,
  toTimeline,
  type FunnelStage,
  type StageStep,
  type TimedStep,
} from "./analytics-timeline.js";
import { isClosedStage } from "./stages.js";

export interface FunnelStep {
  stage: FunnelStage;
  /** Applications whose history shows this stage or a later funnel stage. */
  reached: number;
  /** Of those, the ones for which this is the furthest stage and that are still going. */
  stoppedOpen: number;
  /** ... and the ones for which this is the furthest stage and that were closed (rejected, withdrawn, no response). */
  stoppedClosed: number;
}

export interface StageConversion {
  from: FunnelStage;
  to: FunnelStage;
  /** reached(to) / reached(from); null when nothing reached `from`. */
  rate: number | null;
}

export interface Funnel {
  steps: FunnelStep[];
  conversions: StageConversion[];
}

/**
 * How far applications got. An application reached a stage if its history shows that stage or
 * any later funnel stage: skipping a stage still counts as passing it. So `reached` never grows
 * along the funnel, and reached(s) = stoppedOpen(s) + stoppedClosed(s) + reached(next). An
 * application whose history shows only closed stages is in no step.
 */
export function funnel(applications: readonly { readonly steps: readonly StageStep[] }[]): Funnel {
  return funnelOf(applications.map((app) => toTimeline(app.steps)));
}

/** funnel over timelines already parsed. */
export function funnelOf(timelines: readonly (readonly TimedStep[])[]): Funnel {
  const stoppedOpen = FUNNEL_STAGES.map(() => 0);
  const stoppedClosed = FUNNEL_STAGES.map(() => 0);
  for (const timeline of timelines) {
    const furthest = furthestIndex(timeline);
    if (furthest < 0) continue;
    const current = timeline.at(-1)!.stage;
    if (isClosedStage(current)) stoppedClosed[furthest]!++;
    else stoppedOpen[furthest]!++;
  }
  const reached = FUNNEL_STAGES.map(() => 0);
  for (let i = FUNNEL_STAGES.length - 1; i >= 0; i--) {
    reached[i] = stoppedOpen[i]! + stoppedClosed[i]! + (reached[i + 1] ?? 0);
  }
  const steps = FUNNEL_STAGES.map((stage, i) => ({
    stage,
    reached: reached[i]!,
    stoppedOpen: stoppedOpen[i]!,
    stoppedClosed: stoppedClosed[i]!,
  }));
  const conversions = steps.slice(1).map((to, i) => {
    const from = steps[i]!;
    return { from: from.stage, to: to.stage, rate: from.reached === 0 ? null : to.reached / from.reached };
  });
  return { steps, conversions };
}
