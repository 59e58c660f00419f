import type { TestCase } from "@loopwise/domain";

const JUNCTIONS = 8_000;
const ROADS = 16_000;
const PASSES = 5;

/**
 * Layer by layer with Bellman-Ford: layer k starts from layer k - 1 moved one free road further
 * (or not moved), then relaxes paid roads until nothing changes. No heap, nothing shared with the
 * reference.
 */
function cheapestByLayers(n: number, roads: number[][], passes: number): number {
  let previous: number[] = [];
  for (let layer = 0; layer <= passes; layer++) {
    const cost = layer === 0 ? new Array<number>(n).fill(Infinity) : [...previous];
    if (layer === 0) cost[0] = 0;
    else {
      for (const [a, b] of roads) {
        cost[b!] = Math.min(cost[b!]!, previous[a!]!);
        cost[a!] = Math.min(cost[a!]!, previous[b!]!);
      }
    }
    for (let changed = true; changed;) {
      changed = false;
      for (const [a, b, toll] of roads) {
        if (cost[a!]! + toll! < cost[b!]!) [cost[b!], changed] = [cost[a!]! + toll!, true];
        if (cost[b!]! + toll! < cost[a!]!) [cost[a!], changed] = [cost[b!]! + toll!, true];
      }
    }
    previous = cost;
  }
  const last = previous[n - 1]!;
  return last === Infinity ? -1 : last;
}

/** A random connected city: a random tree plus extra roads, random tolls. */
export default function large(random: () => number): TestCase[] {
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const roads: number[][] = [];
  for (let j = 1; j < JUNCTIONS; j++) roads.push([j, int(Math.max(0, j - 40), j - 1), int(1, 10_000)]);
  while (roads.length < ROADS) {
    const a = int(0, JUNCTIONS - 1);
    const b = int(0, JUNCTIONS - 1);
    if (a !== b) roads.push([a, b, int(1, 10_000)]);
  }
  return [
    {
      args: [JUNCTIONS, roads, PASSES],
      expected: cheapestByLayers(JUNCTIONS, roads, PASSES),
      note: "8000 junctions, 16000 roads, 5 passes",
    },
  ];
}
