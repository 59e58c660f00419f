import type { TestCase } from "@loopwise/domain";

const STONES = 200_000;

/** Least wobble with a segment tree of range minima (no deque): best[i] = min over the window + wobble[i]. */
function leastWobbleByTree(wobble: number[], maxJump: number): number {
  const n = wobble.length;
  let size = 1;
  while (size < n) size *= 2;
  const tree = new Array<number>(2 * size).fill(Infinity);
  const set = (i: number, value: number) => {
    for (let at = i + size; at >= 1; at >>= 1) tree[at] = Math.min(tree[at]!, value);
  };
  const min = (from: number, to: number) => {
    let result = Infinity;
    for (let lo = from + size, hi = to + size + 1; lo < hi; lo >>= 1, hi >>= 1) {
      if (lo & 1) result = Math.min(result, tree[lo++]!);
      if (hi & 1) result = Math.min(result, tree[--hi]!);
    }
    return result;
  };
  set(0, wobble[0]!);
  let last = n === 1 ? wobble[0]! : Infinity;
  for (let i = 1; i < n; i++) {
    if (wobble[i] === -1) continue;
    const best = min(Math.max(0, i - maxJump), i - 1) + wobble[i]!;
    if (best < Infinity) set(i, best);
    if (i === n - 1) last = best;
  }
  return last === Infinity ? -1 : last;
}

/** 200000 stones: a moderate jump with few stones under water, then a long jump with many. */
export default function large(random: () => number): TestCase[] {
  return [
    [1_000, 0.1],
    [100_000, 0.3],
  ].map(([maxJump, underWater]) => {
    const wobble = Array.from({ length: STONES }, (_, i) =>
      i > 0 && i < STONES - 1 && random() < underWater! ? -1 : Math.floor(random() * 10_001),
    );
    return {
      args: [wobble, maxJump],
      expected: leastWobbleByTree(wobble, maxJump!),
      note: `${STONES} stones, jumps up to ${maxJump}`,
    };
  });
}
