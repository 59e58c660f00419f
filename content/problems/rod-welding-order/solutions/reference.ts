function minWeldingCost(lengths: number[]): number {
  // cost[i][j]: cheapest way to weld bars i..j into one. The last weld joins some i..k with
  // k+1..j and always costs the whole run's length, whatever the split.
  const n = lengths.length;
  const prefix = [0];
  for (const length of lengths) prefix.push(prefix[prefix.length - 1]! + length);
  const cost = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let span = 2; span <= n; span++) {
    for (let i = 0; i + span - 1 < n; i++) {
      const j = i + span - 1;
      let best = Infinity;
      for (let k = i; k < j; k++) best = Math.min(best, cost[i]![k]! + cost[k + 1]![j]!);
      cost[i]![j] = best + prefix[j + 1]! - prefix[i]!;
    }
  }
  return cost[0]![n - 1]!;
}
