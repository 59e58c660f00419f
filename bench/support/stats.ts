import { performance } from "node:perf_hooks";

/** Progress for people; stdout is reserved for the one JSON line. */
export function progress(message: string): void {
  process.stderr.write(`  ${message}\n`);
}

/** Milliseconds with two decimals, as the JSON line carries them. */
export function ms(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The nearest-rank percentile of some samples (p in 0..1). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1]!;
}

export interface Summary {
  p50: number;
  p95: number;
}

export function summarize(samples: readonly number[]): Summary {
  return { p50: ms(percentile(samples, 0.5)), p95: ms(percentile(samples, 0.95)) };
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5);
}

/** Ratio of two timings with two decimals. */
export function ratio(app: number, direct: number): number {
  return Math.round((app / direct) * 100) / 100;
}

/** Times one async call in milliseconds. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}
