const MODULUS = 1_000_000_007;

function countSlabPatterns(length: number, sizes: number[]): number {
  // ways[i]: pavings of the first i decimetres; the last slab laid has one of the sizes.
  const ways = new Array<number>(length + 1).fill(0);
  ways[0] = 1;
  for (let i = 1; i <= length; i++) {
    let total = 0;
    for (const size of sizes) if (size <= i) total = (total + ways[i - size]!) % MODULUS;
    ways[i] = total;
  }
  return ways[length]!;
}
