import type { TestCase } from "@loopwise/domain";

const BARS = 150;

/** The interval table filled by run length, written out plainly. */
function cheapestWelds(lengths: number[]): number {
  const n = lengths.length;
  const cost = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let span = 2; span <= n; span++) {
    for (let i = 0; i + span <= n; i++) {
      const j = i + span - 1;
      let run = 0;
      for (let k = i; k <= j; k++) run += lengths[k]!;
      let best = Infinity;
      for (let k = i; k < j; k++) best = Math.min(best, cost[i]![k]! + cost[k + 1]![j]!);
      cost[i]![j] = best + run;
    }
  }
  return cost[0]![n - 1]!;
}

/** The most bars allowed: random lengths, then all at the longest length. */
export default function large(random: () => number): TestCase[] {
  const mixed = Array.from({ length: BARS }, () => 1 + Math.floor(random() * 1_000_000));
  const equal = new Array<number>(BARS).fill(1_000_000);
  return [
    { args: [mixed], expected: cheapestWelds(mixed), note: "150 bars of random length" },
    { args: [equal], expected: cheapestWelds(equal), note: "150 bars of the longest length" },
  ];
}
