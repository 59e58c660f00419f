import type { TestCase } from "@loopwise/domain";

/**
 * Trusted and heap-free: a segment tree over the kilns holding the minute each one empties. The
 * next batch starts at max(clock, arrival, earliest empty minute) and takes the lowest-numbered
 * kiln empty by then, found by walking down the tree.
 */
function assignKilns(kilns: number, arrival: number[], firing: number[]): number[] {
  let width = 1;
  while (width < kilns) width *= 2;
  const tree = new Array<number>(2 * width).fill(Infinity);
  for (let kiln = 0; kiln < kilns; kiln++) tree[width + kiln] = 0;
  for (let node = width - 1; node > 0; node--) tree[node] = Math.min(tree[2 * node]!, tree[2 * node + 1]!);
  let clock = 0;
  return arrival.map((arrives, i) => {
    clock = Math.max(clock, arrives, tree[1]!);
    let node = 1;
    while (node < width) node = tree[2 * node]! <= clock ? 2 * node : 2 * node + 1;
    tree[node] = clock + firing[i]!;
    for (let up = node >> 1; up > 0; up >>= 1) tree[up] = Math.min(tree[2 * up]!, tree[2 * up + 1]!);
    return node - width;
  });
}

/** 60 000 batches over 40 000 kilns: long firings keep most kilns busy, so a batch often waits. */
export default function large(random: () => number): TestCase[] {
  const kilns = 40_000;
  let minute = 0;
  const arrival = Array.from({ length: 60_000 }, () => (minute += Math.floor(random() * 3)));
  const firing = arrival.map(() => 1 + Math.floor(random() * 100_000));
  return [{ args: [kilns, arrival, firing], expected: assignKilns(kilns, arrival, firing) }];
}
