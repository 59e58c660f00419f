import type { TestCase } from "@loopwise/domain";

/**
 * Trusted and search-free: a DP over subsets. reach[mask] is the current crew's load when the
 * workers in mask can fill whole crews plus that partial one (crews are filled in turn), or -1.
 */
function equalCrews(hours: number[], crews: number): number[][] {
  const total = hours.reduce((sum, h) => sum + h, 0);
  if (total % crews !== 0) return [];
  const share = total / crews;
  const n = hours.length;
  const reach = new Int32Array(1 << n).fill(-1);
  const from = new Int32Array(1 << n).fill(-1);
  reach[0] = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    if (reach[mask]! < 0) continue;
    for (let i = 0; i < n; i++) {
      const next = mask | (1 << i);
      if (next === mask || reach[next]! >= 0 || reach[mask]! + hours[i]! > share) continue;
      reach[next] = (reach[mask]! + hours[i]!) % share;
      from[next] = i;
    }
  }
  if (reach[(1 << n) - 1]! < 0) return [];
  const order: number[] = [];
  for (let mask = (1 << n) - 1; mask > 0; mask ^= 1 << from[mask]!) order.unshift(hours[from[mask]!]!);
  const split: number[][] = [];
  let load = share;
  for (const h of order) {
    if (load === share) {
      split.push([]);
      load = 0;
    }
    split[split.length - 1]!.push(h);
    load += h;
  }
  return split;
}

/** Sixteen workers: two instances with no split (the crews^n search drowns) and one with a split. */
export default function large(random: () => number): TestCase[] {
  const cases: TestCase[] = [];
  for (const crews of [4, 5]) {
    for (;;) {
      const hours = Array.from({ length: 16 }, () => 1 + Math.floor(random() * 2_000));
      hours[15]! += crews - (hours.reduce((sum, h) => sum + h, 0) % crews);
      if (Math.max(...hours) * crews > hours.reduce((sum, h) => sum + h, 0)) continue;
      const split = equalCrews(hours, crews);
      if (split.length === 0) {
        cases.push({ args: [hours, crews], expected: [] });
        break;
      }
    }
  }
  // Four crews of 5 000 hours, each cut into four random shifts, then shuffled together.
  const shifts = Array.from({ length: 4 }, () => {
    const cuts = [0, 5_000, ...Array.from({ length: 3 }, () => 1 + Math.floor(random() * 4_999))].sort((a, b) => a - b);
    return cuts
      .slice(1)
      .map((cut, i) => cut - cuts[i]!)
      .filter((h) => h > 0);
  }).flat();
  for (let i = shifts.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shifts[i], shifts[j]] = [shifts[j]!, shifts[i]!];
  }
  const hours = shifts;
  cases.push({ args: [hours, 4], expected: equalCrews(hours, 4) });
  return cases;
}
