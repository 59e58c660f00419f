import type { TestCase } from "@loopwise/domain";

/** Range minimum and maximum in O(1) after O(n log n) preparation (sparse tables). */
function rangeExtremes(values: number[]): (from: number, to: number) => number {
  const mins = [values];
  const maxs = [values];
  for (let width = 1; 2 * width <= values.length; width *= 2) {
    const lastMin = mins[mins.length - 1]!;
    const lastMax = maxs[maxs.length - 1]!;
    mins.push(lastMin.slice(0, values.length - 2 * width + 1).map((v, i) => Math.min(v, lastMin[i + width]!)));
    maxs.push(lastMax.slice(0, values.length - 2 * width + 1).map((v, i) => Math.max(v, lastMax[i + width]!)));
  }
  return (from, to) => {
    const level = Math.floor(Math.log2(to - from + 1));
    const span = 1 << level;
    const high = Math.max(maxs[level]![from]!, maxs[level]![to - span + 1]!);
    const low = Math.min(mins[level]![from]!, mins[level]![to - span + 1]!);
    return high - low;
  };
}

/** Two pointers over the readings, asking the sparse tables for each candidate run's spread. */
function longestBySpread(readings: number[], tolerance: number): number {
  const spread = rangeExtremes(readings);
  let best = 0;
  let start = 0;
  for (let end = 0; end < readings.length; end++) {
    while (spread(start, end) > tolerance) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/** A temperature that wanders by a few tenths a minute: steady runs last thousands of minutes. */
function wander(random: () => number, n: number): number[] {
  const readings = [200];
  while (readings.length < n) {
    const step = Math.floor(random() * 7) - 3;
    readings.push(Math.max(-1_000_000, Math.min(1_000_000, readings[readings.length - 1]! + step)));
  }
  return readings;
}

/** 100000 readings each: runs of thousands of readings make rescanning a run per reading quadratic. */
export default function large(random: () => number): TestCase[] {
  const drifting = wander(random, 100_000);
  // Flat but noisy, with a rare spike every few thousand minutes.
  const spiky = Array.from({ length: 100_000 }, () => (random() < 0.0003 ? 900 : Math.floor(random() * 40)));
  return [
    { args: [drifting, 400], expected: longestBySpread(drifting, 400), note: "100000 wandering readings" },
    { args: [spiky, 50], expected: longestBySpread(spiky, 50), note: "100000 noisy readings, rare spikes" },
  ];
}
