import type { TestCase } from "@loopwise/domain";

/** Breadth-first search from every unseen sensor: the plain way to measure each cluster. */
function largestByBfs(n: number, links: number[][]): number {
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of links) {
    neighbours[a!]!.push(b!);
    neighbours[b!]!.push(a!);
  }
  const seen = new Uint8Array(n);
  let best = 0;
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      for (const next of neighbours[queue[head]!]!) {
        if (!seen[next]) {
          seen[next] = 1;
          queue.push(next);
        }
      }
    }
    best = Math.max(best, queue.length);
  }
  return best;
}

/** A random sparse field (a giant cluster forms) and one long chain (deep for recursive searches). */
export default function large(random: () => number): TestCase[] {
  const n = 100_000;
  const pick = () => Math.floor(random() * n);
  const sparse = Array.from({ length: 60_000 }, () => [pick(), pick()]);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const chain = order.slice(1).map((sensor, i) => [order[i]!, sensor]);
  return [
    { args: [n, sparse], expected: largestByBfs(n, sparse), note: "100000 sensors, 60000 random links" },
    { args: [n, chain], expected: largestByBfs(n, chain), note: "one chain through every sensor" },
  ];
}
