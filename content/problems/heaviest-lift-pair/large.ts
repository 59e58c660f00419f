import type { TestCase } from "@loopwise/domain";

/** Index of the last weight <= target in sorted weights, or -1. */
function lastAtMost(weights: number[], target: number): number {
  let low = 0;
  let high = weights.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (weights[mid]! <= target) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** For every crate, the heaviest other crate that still fits beside it, found by binary search. */
function heaviestPairBySearch(weights: number[], limit: number): number {
  let best = -1;
  weights.forEach((weight, i) => {
    let partner = lastAtMost(weights, limit - weight);
    if (partner === i) partner--;
    if (partner >= 0 && partner !== i) best = Math.max(best, weight + weights[partner]!);
  });
  return best;
}

/** Odd weights and an even limit: nothing reaches the limit exactly, so no pair ends the search early. */
function oddWeightsCase(random: () => number): TestCase {
  const weights = Array.from({ length: 100_000 }, () => 2 * Math.floor(random() * 250_000_000) + 1);
  weights.sort((a, b) => a - b);
  const limit = 2 * weights[50_000]! + 2;
  return { args: [weights, limit], expected: heaviestPairBySearch(weights, limit), note: "100000 odd weights" };
}

/** Only the two lightest crates fit together. */
function onlyLightestCase(): TestCase {
  const weights = Array.from({ length: 100_000 }, (_, i) => 1_000 + i);
  return {
    args: [weights, 2_001],
    expected: heaviestPairBySearch(weights, 2_001),
    note: "only the lightest pair fits",
  };
}

/** 100000 crates each: checking every pair is quadratic. */
export default function large(random: () => number): TestCase[] {
  return [oddWeightsCase(random), onlyLightestCase()];
}
