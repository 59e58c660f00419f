import type { TestCase } from "@loopwise/domain";

/** Distinct badges in random order, then one repeat placed at the very end: found by a plain scan with a set. */
function distinctThenRepeat(random: () => number, count: number): number[] {
  const seen = new Set<number>();
  const scans: number[] = [];
  while (scans.length < count - 1) {
    const badge = 1 + Math.floor(random() * 1_000_000_000);
    if (!seen.has(badge)) {
      seen.add(badge);
      scans.push(badge);
    }
  }
  scans.push(scans[Math.floor(random() * scans.length)]!);
  return scans;
}

function firstRepeat(scans: number[]): number {
  const seen = new Set<number>();
  for (const badge of scans) {
    if (seen.has(badge)) return badge;
    seen.add(badge);
  }
  return -1;
}

/** 100000 scans whose only repeat is the last one: searching the earlier scans each time is quadratic. */
export default function large(random: () => number): TestCase[] {
  const scans = distinctThenRepeat(random, 100_000);
  const allDistinct = scans.slice(0, -1);
  return [
    { args: [scans], expected: firstRepeat(scans), note: "100000 scans, the only repeat at the end" },
    { args: [allDistinct], expected: firstRepeat(allDistinct), note: "99999 distinct scans" },
  ];
}
