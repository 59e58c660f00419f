import type { TestCase } from "@loopwise/domain";

/** Is there a block of exactly `length` tracks with at most k genres? A fixed-size window with counts. */
function someBlockFits(genres: number[], k: number, length: number): boolean {
  const counts = new Map<number, number>();
  for (let i = 0; i < genres.length; i++) {
    counts.set(genres[i]!, (counts.get(genres[i]!) ?? 0) + 1);
    if (i >= length) {
      const out = genres[i - length]!;
      const left = counts.get(out)! - 1;
      if (left === 0) counts.delete(out);
      else counts.set(out, left);
    }
    if (i >= length - 1 && counts.size <= k) return true;
  }
  return length === 0;
}

/** If a block of some length fits, so does every shorter one: binary search the longest length. */
function longestBySearch(genres: number[], k: number): number {
  let low = 0;
  let high = genres.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (someBlockFits(genres, k, mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Long stretches drawn from three genres, each stretch swapping one genre of the last for a new one. */
function driftingPalettes(random: () => number, n: number): number[] {
  const queue: number[] = [];
  const palette = [1, 2, 3];
  let next = 4;
  while (queue.length < n) {
    const stretch = 2_000 + Math.floor(random() * 4_000);
    for (let i = 0; i < stretch && queue.length < n; i++) queue.push(palette[Math.floor(random() * 3)]!);
    palette[Math.floor(random() * 3)] = next++;
  }
  return queue;
}

/** 100000 tracks each: blocks thousands of tracks long make growing a block from every start quadratic. */
export default function large(random: () => number): TestCase[] {
  const drifting = driftingPalettes(random, 100_000);
  const wide = Array.from({ length: 100_000 }, () => 1 + Math.floor(random() * 1_000));
  return [
    { args: [drifting, 3], expected: longestBySearch(drifting, 3), note: "100000 tracks, slowly drifting genres" },
    { args: [wide, 1_000], expected: longestBySearch(wide, 1_000), note: "100000 tracks, the whole queue fits" },
  ];
}
