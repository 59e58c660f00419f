import { seededRandom } from "../random.js";
import { INTERVIEW_AT as AT } from "./assumptions.js";
import { tableQuantile as quantileOf } from "./distributions.js";
import type { Model } from "./model.js";

// Imported bindings can compile to getters (tsx, Vite); the hot loop reads plain module constants.
const INTERVIEW_AT = AT;
const tableQuantile = quantileOf;

/**
 * The random numbers of a block of trials, drawn once and shared by every plan the search
 * compares (common random numbers): per trial and application, each stage's duration split into
 * the wait before its interview (`lead`) and after it (`post`), the stage at which the process
 * fails (4: it reaches an offer), and the uniforms deciding whether an expedite works and an
 * extension is granted. None depends on a decision, so plans differ only by what they decide.
 *
 * Each application draws from its own stream, seeded by the plan's seed and the application's id,
 * six uniforms per trial whatever its stage (four durations, one for how far it gets, one for the
 * lever it may pull): adding, removing or moving another application does not change its numbers,
 * so a "what if" changes the odds only by what it changes.
 *
 * How far a process gets takes one uniform v: it passes stage k while v < p_first × … × p_k (the
 * chance of passing every stage up to k), so it fails at stage k with probability
 * (p_first × … × p_{k−1}) × (1 − p_k), as stage-by-stage draws would give.
 */
export interface DrawBlock {
  trials: number;
  apps: number;
  /** [(trial × apps + app) × 4 + stage] */
  lead: Int32Array;
  post: Int32Array;
  /** [trial × apps + app] */
  failAt: Uint8Array;
  /** Whether an expedite works (< EXPEDITE_SUCCESS) or an extension is granted: one uniform, as an application pulls one or the other. */
  lever: Float64Array;
}

export const DRAWS_PER_TRIAL = 6;

/** 32-bit FNV-1a of a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One generator per application (simulation order), from the plan's seed and the application's id. */
export function drawStreams(model: Model, seed: number): (() => number)[] {
  return model.apps.map((app) => seededRandom((hash(app.id) ^ Math.imul(seed, 0x9e3779b1)) >>> 0));
}

export function allocateBlock(trials: number, apps: number): DrawBlock {
  const n = trials * apps;
  return {
    trials,
    apps,
    lead: new Int32Array(n * 4),
    post: new Int32Array(n * 4),
    failAt: new Uint8Array(n),
    lever: new Float64Array(n),
  };
}

/** Fills the first `trials` trials of `block` with the streams' next numbers. */
export function fillBlock(model: Model, streams: (() => number)[], block: DrawBlock, trials: number): void {
  block.trials = trials;
  const A = model.apps.length;
  for (let a = 0; a < A; a++) {
    const app = model.apps[a]!;
    const next = streams[a]!;
    const ageQ = app.ageQuantile;
    const overdue = ageQ > 0.995;
    const tables = app.tables.map((table) => table.quantiles);
    const { first, age, passRates, medians } = app;
    // The chance of passing every stage from the first still ahead up to k.
    const survive = new Float64Array(4);
    let chain = 1;
    for (let k = 0; k < 4; k++) {
      if (k >= first) chain *= passRates[k]!;
      survive[k] = chain;
    }
    for (let t = 0; t < trials; t++) {
      const base = t * A + a;
      for (let k = 0; k < 4; k++) {
        const u = next();
        const i = base * 4 + k;
        if (k < first) {
          block.lead[i] = 0;
          block.post[i] = 0;
          continue;
        }
        let days: number;
        if (k === first && age > 0) {
          // Conditioned on the wait so far; far past the table's tail, another median at most.
          days = overdue
            ? age + 1 + Math.floor(u * medians[k]!)
            : Math.max(age, Math.round(tableQuantile(tables[k]!, ageQ + u * (1 - ageQ))));
        } else {
          days = Math.round(tableQuantile(tables[k]!, u));
        }
        const lead = k === 0 ? 0 : Math.round(days * INTERVIEW_AT);
        block.lead[i] = lead;
        block.post[i] = days - lead;
      }
      const v = next();
      let failAt = first;
      while (failAt < 4 && v < survive[failAt]!) failAt++;
      block.failAt[base] = failAt;
      block.lever[base] = next();
    }
  }
}
