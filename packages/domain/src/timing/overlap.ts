import { WINDOW_DAYS as DAYS, WINDOW_HORIZON as HORIZON } from "./levers.js";
import type { Model } from "./model.js";

/**
 * The objective: the desirability-weighted number of offers open together in the decision
 * window. "Together" means on the same day: per trial, the largest sum of weights (desirability
 * / 5) of the offers open on one day of the window; then the mean over trials. One offer open
 * alone counts its weight; two offers that are never open on the same day count the larger one,
 * not both, since they can never be weighed against each other.
 *
 * Without a given window the planner picks the 7-day window (starting today to a year ahead)
 * with the highest expected value, the earliest one within 1% of the best ("as soon as the best
 * set can be ready").
 */
export interface Evaluation {
  value: number;
  window: { start: number; end: number };
}

// Imported bindings can compile to getters; the hot loop reads plain module constants.
const WINDOW_DAYS = DAYS;
const WINDOW_HORIZON = HORIZON;
const LAST_DAY = WINDOW_HORIZON + WINDOW_DAYS - 1;

/** Per window start (0 … WINDOW_HORIZON − 1), the sum over trials of the trial's value. */
export function windowTotals(): Float64Array {
  return new Float64Array(WINDOW_HORIZON);
}

/** Scratch for one trial's daily open weight and its running maxima. */
export interface DailyScratch {
  daily: Float64Array;
  pre: Float64Array;
  suf: Float64Array;
}

export function dailyScratch(): DailyScratch {
  const size = LAST_DAY + 3;
  return { daily: new Float64Array(size), pre: new Float64Array(size), suf: new Float64Array(size) };
}

/**
 * Adds `sign` × this trial's value for every window start into `totals`. `offer` and `close`
 * hold the trial's days per application from index `at`. The maximum over each 7-day window comes
 * from running maxima within 7-day blocks (van Herk / Gil-Werman): linear in the days spanned.
 */
export function addWindowValues(
  model: Model,
  offer: Int32Array,
  close: Int32Array,
  at: number,
  totals: Float64Array,
  scratch: DailyScratch,
  sign: number,
): void {
  const A = model.apps.length;
  let lo = LAST_DAY + 1;
  let hi = -1;
  for (let a = 0; a < A; a++) {
    const open = Math.max(0, offer[at + a]!);
    const shut = Math.min(LAST_DAY, close[at + a]!);
    if (open > shut) continue;
    if (open < lo) lo = open;
    if (shut > hi) hi = shut;
  }
  if (hi < lo) return;
  const { daily, pre, suf } = scratch;
  const first = Math.max(0, lo - WINDOW_DAYS + 1);
  const stop = Math.min(WINDOW_HORIZON - 1, hi);
  const end = stop + WINDOW_DAYS - 1;
  daily.fill(0, first, end + 2);
  for (let a = 0; a < A; a++) {
    const open = Math.max(0, offer[at + a]!);
    const shut = Math.min(LAST_DAY, close[at + a]!);
    if (open > shut) continue;
    const w = model.apps[a]!.weight;
    daily[open]! += w;
    daily[shut + 1]! -= w;
  }
  for (let d = first + 1; d <= end; d++) daily[d]! += daily[d - 1]!;
  for (let b = first; b <= end; b += WINDOW_DAYS) {
    const last = Math.min(end, b + WINDOW_DAYS - 1);
    let m = 0;
    for (let d = b; d <= last; d++) {
      if (daily[d]! > m) m = daily[d]!;
      pre[d] = m;
    }
    m = 0;
    for (let d = last; d >= b; d--) {
      if (daily[d]! > m) m = daily[d]!;
      suf[d] = m;
    }
  }
  for (let start = first; start <= stop; start++) {
    const x = suf[start]!;
    const y = pre[start + WINDOW_DAYS - 1]!;
    totals[start]! += sign * (x > y ? x : y);
  }
}

/** The earliest window start whose total is within 1% of the best. */
export function chooseWindow(totals: Float64Array, trials: number): Evaluation {
  let max = 0;
  for (let i = 0; i < totals.length; i++) if (totals[i]! > max) max = totals[i]!;
  let start = 0;
  for (let i = 0; i < totals.length; i++) {
    if (totals[i]! >= 0.99 * max) {
      start = i;
      break;
    }
  }
  return { value: Math.max(0, totals[start]!) / trials, window: { start, end: start + WINDOW_DAYS - 1 } };
}
