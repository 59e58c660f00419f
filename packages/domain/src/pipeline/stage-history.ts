import type { Stage } from "./stages.js";

export interface StageChange {
  readonly fromStage: Stage | null;
  readonly toStage: Stage;
  /** ISO timestamp. */
  readonly at: string;
}

/**
 * The current stage and when it was entered, derived from the history alone. Ties on the
 * timestamp keep the order given (the order of insertion), so the last written change wins.
 */
export function currentStage(history: readonly StageChange[]): { stage: Stage; enteredAt: string } | undefined {
  let latest: StageChange | undefined;
  for (const change of history) {
    if (!latest || Date.parse(change.at) >= Date.parse(latest.at)) latest = change;
  }
  return latest && { stage: latest.toStage, enteredAt: latest.at };
}

const DAY_MS = 86_400_000;

/** Whole days between entering a stage and now, never negative. */
export function daysInStage(enteredAt: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(enteredAt)) / DAY_MS));
}
