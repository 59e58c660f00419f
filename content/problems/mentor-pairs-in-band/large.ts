import type { TestCase } from "@loopwise/domain";

/** Index of the first value >= target in sorted values. */
function firstAtLeast(values: number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** For each volunteer, the partners after it in sorted order that land in the band, by binary search. */
function countBySearch(years: number[], low: number, high: number): number {
  const sorted = [...years].sort((a, b) => a - b);
  let count = 0;
  sorted.forEach((value, i) => {
    const from = Math.max(i + 1, firstAtLeast(sorted, low - value));
    const to = firstAtLeast(sorted, high - value + 1);
    count += Math.max(0, to - from);
  });
  return count;
}

/** 100000 volunteers each: a narrow band around the typical pair, and a band holding every pair (over 2^31). */
export default function large(random: () => number): TestCase[] {
  const years = Array.from({ length: 100_000 }, () => Math.floor(random() * 1_000_000_001));
  const cases: [number, number, string][] = [
    [950_000_000, 1_050_000_000, "100000 volunteers, a narrow band"],
    [0, 2_000_000_000, "100000 volunteers, every pair in the band"],
  ];
  return cases.map(([low, high, note]) => ({
    args: [years, low, high],
    expected: countBySearch(years, low, high),
    note,
  }));
}
