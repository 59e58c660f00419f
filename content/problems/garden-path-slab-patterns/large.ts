import type { TestCase } from "@loopwise/domain";

const MODULUS = 1_000_000_007;

/** ways[i] = pavings of the first i decimetres, summing over the last slab laid. */
function countPavings(length: number, sizes: number[]): number {
  const ways = new Array<number>(length + 1).fill(0);
  ways[0] = 1;
  for (let i = 1; i <= length; i++) {
    for (const size of sizes) if (size <= i) ways[i] = (ways[i]! + ways[i - size]!) % MODULUS;
  }
  return ways[length]!;
}

/** Long paths: any search through the sequences themselves never finishes. */
export default function large(random: () => number): TestCase[] {
  const sizes = new Set<number>();
  while (sizes.size < 10) sizes.add(1 + Math.floor(random() * 40));
  const many = [...sizes];
  return [
    { args: [50_000, many], expected: countPavings(50_000, many), note: "ten random sizes up to 40" },
    { args: [49_999, [2, 3]], expected: countPavings(49_999, [2, 3]), note: "two small sizes" },
  ];
}
