/**
 * Runs `kinds` in a rotating order each round, so drift (cache, GC, table growth) hits all alike,
 * and keeps what they return after the warm-up: a kind may return one value or several, each
 * kept in its own series (`samples[kind][i]`).
 */
export async function rounds(
  warmup: number,
  iterations: number,
  kinds: Record<string, () => Promise<number[] | number>>,
): Promise<Record<string, number[][]>> {
  const names = Object.keys(kinds);
  const samples: Record<string, number[][]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < warmup + iterations; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length]!;
      const result = await kinds[name]!();
      if (round < warmup) continue;
      const values = Array.isArray(result) ? result : [result];
      values.forEach((value, i) => (samples[name]![i] ??= []).push(value));
    }
  }
  return samples;
}
