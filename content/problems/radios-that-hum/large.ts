import type { TestCase } from "@loopwise/domain";

/**
 * Trusted and trie-free: XOR < limit exactly when, at some bit b where limit has a 1, the XOR
 * agrees with limit above b and has a 0 at b, that is (x >> b) ^ (y >> b) === (limit >> b) ^ 1.
 * Each such b is one count of pairs with a given XOR, done with a hash map of shifted codes.
 */
function humPairs(codes: number[], limit: number): number {
  let pairs = 0;
  for (let bit = 0; bit <= 16; bit++) {
    if (((limit >> bit) & 1) === 0) continue;
    const target = (limit >> bit) ^ 1;
    const seen = new Map<number, number>();
    for (const code of codes) {
      const high = code >> bit;
      pairs += seen.get(high ^ target) ?? 0;
      seen.set(high, (seen.get(high) ?? 0) + 1);
    }
  }
  return pairs;
}

/** 40 000 radios: spread-out codes with a middling limit, and crowded codes with a high one. */
export default function large(random: () => number): TestCase[] {
  const spread = Array.from({ length: 40_000 }, () => Math.floor(random() * 65_536));
  const crowded = Array.from({ length: 40_000 }, () => 40_000 + Math.floor(random() * 600));
  return [
    { args: [spread, 1_500], expected: humPairs(spread, 1_500) },
    { args: [crowded, 40_000], expected: humPairs(crowded, 40_000) },
  ];
}
