import type { TestCase } from "@loopwise/domain";

/**
 * The tallest stack by a different route from the reference: a Fenwick tree of prefix maxima over
 * weight ranks, heaviest rank first, so each crate asks "best stack topped by a heavier crate".
 */
function tallestByFenwick(weights: number[]): number {
  const distinct = [...new Set(weights)].sort((a, b) => b - a);
  const rank = new Map(distinct.map((w, i) => [w, i + 1]));
  const tree = new Array<number>(distinct.length + 1).fill(0);
  let best = 0;
  for (const weight of weights) {
    const r = rank.get(weight)!;
    let below = 0;
    for (let i = r - 1; i > 0; i -= i & -i) below = Math.max(below, tree[i]!);
    const height = below + 1;
    best = Math.max(best, height);
    for (let i = r; i < tree.length; i += i & -i) tree[i] = Math.max(tree[i]!, height);
  }
  return best;
}

/** A long random belt, and a belt that mostly gets lighter with many repeated weights. */
export default function large(random: () => number): TestCase[] {
  const noisy = Array.from({ length: 150_000 }, () => 1 + Math.floor(random() * 1_000_000_000));
  const falling = Array.from(
    { length: 100_000 },
    (_, i) => 1 + Math.floor((100_000 - i) / 3) + Math.floor(random() * 200),
  );
  return [
    { args: [noisy], expected: tallestByFenwick(noisy), note: "150000 random weights" },
    { args: [falling], expected: tallestByFenwick(falling), note: "100000 crates, mostly lighter over time" },
  ];
}
