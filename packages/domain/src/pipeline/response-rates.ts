import {
  APPLIED_INDEX,
  funnelIndex,
  toTimeline,
  type TimedStep,
  type TrackedApplication,
} from "./analytics-timeline.js";
import { SOURCES, type Source } from "./schemas.js";

/** The sources the analytics group by: the application's source, or `unknown` when it has none. */
export const SOURCE_KEYS = [...SOURCES, "unknown"] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];

export interface SourceResponse {
  source: SourceKey;
  /** Applications that reached "applied" (or skipped past it). */
  applied: number;
  /** Of those, the ones that heard back: a later funnel stage, or a rejection after applying. */
  responded: number;
  /** responded / applied; null when nothing was applied for. */
  rate: number | null;
}

/** Whether a timeline reached "applied", and whether the company answered after that. */
export function appliedAndResponded(timeline: readonly TimedStep[]): { applied: boolean; responded: boolean } {
  let applied = false;
  for (const step of timeline) {
    const index = funnelIndex(step.stage);
    if (index > APPLIED_INDEX) return { applied: true, responded: true };
    if (index === APPLIED_INDEX) applied = true;
    // Withdrawing or going quiet ("no_response") is not an answer; a rejection is.
    else if (applied && step.stage === "rejected") return { applied, responded: true };
  }
  return { applied, responded: false };
}

/**
 * Response rate per source, over the applications that reached "applied": those that got past it
 * in any way the company caused (a later stage, or a rejection after applying) over all of them.
 * An application that skipped "applied" (a recruiter reached out, straight to a screen) counts as
 * applied and answered. Every source is listed, in SOURCE_KEYS order, with zeros when unused.
 */
export function responseRates(applications: readonly TrackedApplication[]): SourceResponse[] {
  return responseRatesOf(applications.map((app) => ({ source: app.source, timeline: toTimeline(app.steps) })));
}

/** responseRates over timelines already parsed. */
export function responseRatesOf(
  applications: readonly { source: Source | null; timeline: readonly TimedStep[] }[],
): SourceResponse[] {
  const counts = new Map<SourceKey, { applied: number; responded: number }>(
    SOURCE_KEYS.map((key) => [key, { applied: 0, responded: 0 }]),
  );
  for (const { source, timeline } of applications) {
    const { applied, responded } = appliedAndResponded(timeline);
    if (!applied) continue;
    // A source the list does not know (none should exist) is counted as unknown, not lost.
    const count = (source && counts.get(source)) || counts.get("unknown")!;
    count.applied++;
    if (responded) count.responded++;
  }
  return SOURCE_KEYS.map((source) => {
    const { applied, responded } = counts.get(source)!;
    return { source, applied, responded, rate: applied === 0 ? null : responded / applied };
  });
}
