import { funnelIndex, toTimeline, type StageStep, type TimedStep } from "./analytics-timeline.js";

const DAY_MS = 86_400_000;

/**
 * The stages an application waits in before something happens to it: every funnel stage but
 * `accepted`. The closed stages and `accepted` end an application, so time "in" them is not a wait.
 */
export const WAITING_STAGES = [
  "interested",
  "applied",
  "recruiter_screen",
  "technical_screen",
  "onsite",
  "offer",
] as const;
export type WaitingStage = (typeof WAITING_STAGES)[number];

/**
 * How long applications stay in one stage and where they go next: the shape the timing planner
 * reads to simulate how a search unfolds.
 *
 * A *stay* runs from the step that entered the stage to the next step (whatever stage that is).
 * A stay is *completed* when a next step exists, and *open* (censored: still waiting, its length
 * unknown) when the stage is the application's current one. Statistics of lengths are over
 * completed stays only, so they lean short while many stays are open; `open` says how many.
 */
export interface StageStatistics {
  stage: WaitingStage;
  /** Completed stays: how many times an application left this stage. */
  completed: number;
  /** Stays still running. */
  open: number;
  /** The length of every completed stay in days (fractional), ascending: samples for a simulation. */
  durationsDays: number[];
  /** `quantile(durationsDays, 0.5)`; null with no completed stay. */
  medianDays: number | null;
  /** `quantile(durationsDays, 0.9)`; null with no completed stay. */
  p90Days: number | null;
  minDays: number | null;
  maxDays: number | null;
  /** Completed stays that went on to a later funnel stage (skipping stages counts). */
  movedForward: number;
  /** movedForward / completed: the chance that leaving this stage means going on; null with no completed stay. */
  passRate: number | null;
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of ascending samples by linear interpolation between order
 * statistics (Hyndman and Fan's type 7, the default of R and NumPy): with n samples x₀ ≤ … ≤ xₙ₋₁,
 * h = (n − 1)·p and the result is x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). So the median of an even count is
 * the mean of the middle two, and p90 of [1, 2, 3, 4, 5] is 4.6. Undefined for no samples.
 */
export function quantile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  if (!(p >= 0 && p <= 1)) throw new RangeError(`the quantile's p must be in [0, 1], not ${p}`);
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const below = sorted[low]!;
  const above = sorted[Math.min(low + 1, sorted.length - 1)]!;
  // Clamped, so rounding can never carry the result past its neighbours (keeps it monotonic in p).
  return Math.min(above, Math.max(below, below + (h - low) * (above - below)));
}

interface Tally {
  durations: number[];
  open: number;
  movedForward: number;
}

/** Per waiting stage, in funnel order, the lengths of stays and where they led. */
export function stageStatistics(applications: readonly { readonly steps: readonly StageStep[] }[]): StageStatistics[] {
  return stageStatisticsOf(applications.map((app) => toTimeline(app.steps)));
}

/** stageStatistics over timelines already parsed (see toTimeline). */
export function stageStatisticsOf(timelines: readonly (readonly TimedStep[])[]): StageStatistics[] {
  const tallies = new Map<string, Tally>(
    WAITING_STAGES.map((stage) => [stage, { durations: [], open: 0, movedForward: 0 }]),
  );
  for (const timeline of timelines) {
    timeline.forEach((step, i) => {
      const tally = tallies.get(step.stage);
      if (!tally) return;
      const next = timeline[i + 1];
      if (!next) {
        tally.open++;
        return;
      }
      tally.durations.push((next.ms - step.ms) / DAY_MS);
      if (funnelIndex(next.stage) > funnelIndex(step.stage)) tally.movedForward++;
    });
  }
  return WAITING_STAGES.map((stage) => {
    const { durations, open, movedForward } = tallies.get(stage)!;
    durations.sort((a, b) => a - b);
    const completed = durations.length;
    return {
      stage,
      completed,
      open,
      durationsDays: durations,
      medianDays: quantile(durations, 0.5) ?? null,
      p90Days: quantile(durations, 0.9) ?? null,
      minDays: durations[0] ?? null,
      maxDays: durations.at(-1) ?? null,
      movedForward,
      passRate: completed === 0 ? null : movedForward / completed,
    };
  });
}
