import type { TestCase } from "@loopwise/domain";

/** Walks the runs of box sizes that fill the same number of boxes: about 2 * sqrt(n) runs. */
function boxesByRuns(n: number): number {
  let total = 0;
  for (let k = 1; k <= n;) {
    const boxes = Math.floor(n / k);
    const last = Math.floor(n / boxes);
    total += boxes * (last - k + 1);
    k = last + 1;
  }
  return total;
}

/** Random counts near the top of the range, where trying every box size cannot finish. */
export default function large(random: () => number): TestCase[] {
  return [0, 1].map((i) => {
    const n = 900_000_000_000 + Math.floor(random() * 100_000_000_000);
    return { args: [n], expected: boxesByRuns(n), note: `random n near 10^12 (${i + 1})` };
  });
}
