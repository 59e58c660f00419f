import type { TestCase } from "@loopwise/domain";

/**
 * Sum of the weakest links of the sections ending at each link, built left to right: the sections
 * ending at j that reach back past the previous weaker link p have the same weakest links as
 * those ending at p; the rest (j - p of them) have strengths[j] as their weakest.
 */
function totalBySectionEnds(strengths: number[]): number {
  const weaker: number[] = [];
  const endingAt: number[] = [];
  let total = 0;
  strengths.forEach((strength, j) => {
    while (weaker.length > 0 && strengths[weaker[weaker.length - 1]!]! >= strength) weaker.pop();
    const previous = weaker.length > 0 ? weaker[weaker.length - 1]! : -1;
    endingAt[j] = (previous >= 0 ? endingAt[previous]! : 0) + strength * (j - previous);
    weaker.push(j);
    total += endingAt[j]!;
  });
  return total;
}

/** 100000 links each: about 5 * 10^9 sections, far too many to visit one by one. */
export default function large(random: () => number): TestCase[] {
  const mixed = Array.from({ length: 100_000 }, () => 1 + Math.floor(random() * 10_000));
  const valley = Array.from({ length: 100_000 }, (_, i) => 1 + Math.abs(50_000 - i) / 5).map(Math.floor);
  const uniform = new Array<number>(100_000).fill(10_000);
  return [
    { args: [mixed], expected: totalBySectionEnds(mixed), note: "100000 random links" },
    { args: [valley], expected: totalBySectionEnds(valley), note: "100000 links, weakest in the middle" },
    { args: [uniform], expected: totalBySectionEnds(uniform), note: "100000 equal links of the largest strength" },
  ];
}
