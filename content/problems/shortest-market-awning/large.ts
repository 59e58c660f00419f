import type { TestCase } from "@loopwise/domain";

/** Index of the first sorted position greater than `value`. */
function firstAfter(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Awnings needed at length L: hang each from the first unsheltered stall and jump past its end. */
function awningsNeeded(sorted: number[], length: number): number {
  let count = 0;
  for (let i = 0; i < sorted.length; i = firstAfter(sorted, sorted[i]! + length)) count++;
  return count;
}

/** Longer awnings never need more of them, so the smallest length that fits is found by bisection. */
function shortestBySearch(stalls: number[], k: number): number {
  const sorted = [...stalls].sort((a, b) => a - b);
  let low = 0;
  let high = sorted[sorted.length - 1]! - sorted[0]!;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (awningsNeeded(sorted, mid) <= k) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** 100000 stalls each, answers in the hundreds of thousands: trying lengths one at a time never ends. */
export default function large(random: () => number): TestCase[] {
  const spread = Array.from({ length: 100_000 }, () => Math.floor(random() * 1_000_000_001));
  const clustered = Array.from({ length: 100_000 }, (_, i) => (i % 50) * 20_000_000 + Math.floor(random() * 300_000));
  return [
    { args: [spread, 1_000], expected: shortestBySearch(spread, 1_000), note: "100000 spread stalls, 1000 awnings" },
    { args: [clustered, 50], expected: shortestBySearch(clustered, 50), note: "100000 stalls in 50 clusters" },
  ];
}
