import { allocateBlock, drawStreams, fillBlock } from "./draws.js";
import { NEVER as NEVER_DAY, type Model } from "./model.js";
import * as simulation from "./simulate.js";
import { trialState, type Decisions } from "./simulate.js";

// Imported bindings can compile to getters (tsx, Vite); the hot loop reads plain module constants.
const NEVER = NEVER_DAY;
const { runTrial, windowValue } = simulation;

/** Trials drawn at once: the search runs on the first block; the final measure streams them all. */
export const BLOCK_TRIALS = 1000;

/** Histograms of days from today, clamped to [HISTOGRAM_FIRST, HISTOGRAM_LAST]. */
export const HISTOGRAM_FIRST = -120;
export const HISTOGRAM_LAST = 900;
const BINS = HISTOGRAM_LAST - HISTOGRAM_FIRST + 1;
const FIRST = HISTOGRAM_FIRST;
const LAST = HISTOGRAM_LAST;

/** Histogram slots per application: offer arrival, offer close, 4 stage ends, 3 interviews (those still ahead). */
export const SLOT = { arrival: 0, close: 1, stageEnd: 2, interview: 6 } as const;
const SLOTS = 9;
const SLOT_ARRIVAL = SLOT.arrival * BINS;
const SLOT_CLOSE = SLOT.close * BINS;
const SLOT_END = SLOT.stageEnd * BINS;
const SLOT_INTERVIEW = SLOT.interview * BINS;

/** What the final measure collects over all trials, for the plan and, beside it, the naive plan. */
export interface Measurement {
  trials: number;
  mean: number;
  stdError: number;
  naiveMean: number;
  /** Share of trials with no offer open in the window. */
  pEmptyWindow: number;
  /** Share of trials in which a constraint pushed some interview back 3 days or more. */
  pPushed: number;
  /** Per application (simulation order). */
  offers: Float64Array;
  openInWindow: Float64Array;
  /** [app × SLOTS × BINS] */
  histograms: Uint32Array;
  /** Naive plan, [x × apps + y]: trials where y's offer comes, and those where it comes after x (in hand) closed. */
  pairOffers: Float64Array;
  pairLate: Float64Array;
}

function addToHistogram(h: Uint32Array, offset: number, day: number): void {
  if (day === NEVER) return;
  const bin = day < FIRST ? 0 : day > LAST ? BINS - 1 : day - FIRST;
  h[offset + bin]!++;
}

/** The q-quantile (0 < q < 1) of one histogram slot, or null when it is empty. */
export function histogramQuantile(m: Measurement, app: number, slot: number, q: number): number | null {
  const offset = (app * SLOTS + slot) * BINS;
  let total = 0;
  for (let b = 0; b < BINS; b++) total += m.histograms[offset + b]!;
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let b = 0; b < BINS; b++) {
    seen += m.histograms[offset + b]!;
    if (seen >= rank) return b + HISTOGRAM_FIRST;
  }
  return HISTOGRAM_LAST;
}

/** How many trials fill one histogram slot (e.g. how often a stage is reached). */
export function histogramCount(m: Measurement, app: number, slot: number): number {
  const offset = (app * SLOTS + slot) * BINS;
  let total = 0;
  for (let b = 0; b < BINS; b++) total += m.histograms[offset + b]!;
  return total;
}

/**
 * Runs every trial (in blocks, from fresh streams: the same numbers the search saw first) under
 * the plan and under the naive plan, each in its own window.
 */
export function measure(
  model: Model,
  seed: number,
  trials: number,
  plan: { decisions: Decisions; window: { start: number; end: number } },
  naive: { decisions: Decisions; window: { start: number; end: number } },
): Measurement {
  const A = model.apps.length;
  const streams = drawStreams(model, seed);
  const block = allocateBlock(Math.min(BLOCK_TRIALS, trials), A);
  const s = trialState(A);
  const m: Measurement = {
    trials,
    mean: 0,
    stdError: 0,
    naiveMean: 0,
    pEmptyWindow: 0,
    pPushed: 0,
    offers: new Float64Array(A),
    openInWindow: new Float64Array(A),
    histograms: new Uint32Array(A * SLOTS * BINS),
    pairOffers: new Float64Array(A * A),
    pairLate: new Float64Array(A * A),
  };
  const histograms = m.histograms;
  const inHand = model.apps.map((app, a) => (app.inHand ? a : -1)).filter((a) => a >= 0);
  const { start, end } = plan.window;
  let sum = 0;
  let sumSq = 0;
  let naiveSum = 0;
  let empty = 0;
  let pushed = 0;
  for (let done = 0; done < trials; done += block.trials) {
    fillBlock(model, streams, block, Math.min(BLOCK_TRIALS, trials - done));
    for (let t = 0; t < block.trials; t++) {
      runTrial(model, block, t, plan.decisions, s);
      const value = windowValue(model, s.offer, s.close, 0, start, end);
      sum += value;
      sumSq += value * value;
      if (value === 0) empty++;
      if (s.maxPush >= 3) pushed++;
      for (let a = 0; a < A; a++) {
        const h = a * SLOTS * BINS;
        const offer = s.offer[a]!;
        if (offer !== NEVER) {
          m.offers[a]!++;
          if (offer <= end && s.close[a]! >= start) m.openInWindow[a]!++;
          addToHistogram(histograms, h + SLOT_ARRIVAL, offer);
          addToHistogram(histograms, h + SLOT_CLOSE, s.close[a]!);
        }
        if (model.apps[a]!.inHand) continue;
        for (let k = 0; k < 4; k++) addToHistogram(histograms, h + SLOT_END + k * BINS, s.stageEnd[a * 4 + k]!);
        for (let k = 0; k < 3; k++) {
          const day = s.interview[a * 3 + k]!;
          if (day >= 0) addToHistogram(histograms, h + SLOT_INTERVIEW + k * BINS, day); // still ahead
        }
      }
      runTrial(model, block, t, naive.decisions, s);
      naiveSum += windowValue(model, s.offer, s.close, 0, naive.window.start, naive.window.end);
      for (const x of inHand) {
        for (let y = 0; y < A; y++) {
          if (y === x || model.apps[y]!.inHand || s.offer[y] === NEVER) continue;
          m.pairOffers[x * A + y]!++;
          if (s.offer[y]! > s.close[x]!) m.pairLate[x * A + y]!++;
        }
      }
    }
  }
  m.mean = sum / trials;
  const variance = trials > 1 ? Math.max(0, (sumSq - trials * m.mean * m.mean) / (trials - 1)) : 0;
  m.stdError = Math.sqrt(variance / trials);
  m.naiveMean = naiveSum / trials;
  m.pEmptyWindow = empty / trials;
  m.pPushed = pushed / trials;
  for (let a = 0; a < A; a++) {
    m.offers[a] = m.offers[a]! / trials;
    m.openInWindow[a] = m.openInWindow[a]! / trials;
  }
  return m;
}
