/**
 * Stage-duration distributions for the timing planner: a log-normal fitted to a median and a p90
 * (the shape waiting times have: never negative, a long right tail), optionally mixed with the
 * user's own observed durations, and tabulated as a quantile table so that the simulation's hot
 * loop turns a uniform draw into days with one lookup.
 */

/** z of the 90th percentile of the standard normal. */
const Z90 = 1.2815515655446004;

/** Standard normal CDF (erf by Abramowitz and Stegun 7.1.26; absolute error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t;
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

// Acklam's rational approximation of the normal quantile (relative error below 1.2e-9).
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

/** The standard normal quantile of p in (0, 1). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be in (0, 1), not ${p}`);
  const tail = (q: number) =>
    (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) /
    ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) /
    (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1)
  );
}

/** What a stage's duration is made of: a log-normal by median and p90, and observed samples with a weight. */
export interface DurationSpec {
  medianDays: number;
  p90Days: number;
  /** The user's observed durations (days), ascending; may be empty. */
  samples: readonly number[];
  /** The share of draws taken from the samples (0 with no samples). */
  sampleWeight: number;
}

/** A duration distribution ready to sample: quantiles at (i + 0.5) / N and the exact CDF. */
export interface DurationTable {
  quantiles: Float64Array;
  cdf: (days: number) => number;
}

export const TABLE_SIZE = 256;

/** μ and σ of the log-normal with this median and p90 (σ floored so a p90 at the median still spreads a little). */
export function logNormalParams(medianDays: number, p90Days: number): { mu: number; sigma: number } {
  const median = Math.max(0.25, medianDays);
  const p90 = Math.max(median, p90Days);
  return { mu: Math.log(median), sigma: Math.max(0.05, Math.log(p90 / median) / Z90) };
}

/** The share of ascending samples at or below x. */
function empiricalCdf(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo / sorted.length;
}

export function durationTable(spec: DurationSpec): DurationTable {
  const { mu, sigma } = logNormalParams(spec.medianDays, spec.p90Days);
  const w = spec.samples.length > 0 ? Math.min(1, Math.max(0, spec.sampleWeight)) : 0;
  const logNormalCdf = (x: number) => (x <= 0 ? 0 : normalCdf((Math.log(x) - mu) / sigma));
  const cdf = w === 0 ? logNormalCdf : (x: number) => w * empiricalCdf(spec.samples, x) + (1 - w) * logNormalCdf(x);
  const quantiles = new Float64Array(TABLE_SIZE);
  if (w === 0) {
    for (let i = 0; i < TABLE_SIZE; i++) quantiles[i] = Math.exp(mu + sigma * normalQuantile((i + 0.5) / TABLE_SIZE));
  } else {
    // The mixture has no closed-form inverse: bisect its CDF (monotonic) for each grid point.
    const top = Math.max(spec.samples.at(-1)!, Math.exp(mu + 5 * sigma)) + 1;
    for (let i = 0; i < TABLE_SIZE; i++) {
      const p = (i + 0.5) / TABLE_SIZE;
      let lo = 0;
      let hi = top;
      for (let step = 0; step < 40; step++) {
        const mid = (lo + hi) / 2;
        if (cdf(mid) < p) lo = mid;
        else hi = mid;
      }
      quantiles[i] = hi;
    }
  }
  return { quantiles, cdf };
}

/** The p-quantile from a table, by linear interpolation between grid points (clamped at the ends). */
export function tableQuantile(quantiles: Float64Array, p: number): number {
  const x = p * quantiles.length - 0.5;
  if (x <= 0) return quantiles[0]!;
  const last = quantiles.length - 1;
  if (x >= last) return quantiles[last]!;
  const i = Math.floor(x);
  const a = quantiles[i]!;
  return a + (x - i) * (quantiles[i + 1]! - a);
}
