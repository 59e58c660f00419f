function shortestAwning(stalls: number[], k: number): number {
  const positions = [...stalls].sort((a, b) => a - b);

  // Greedy: hang each awning from the first stall still in the rain.
  const awningsNeeded = (length: number): number => {
    let count = 0;
    let coveredTo = -1;
    for (const position of positions) {
      if (position > coveredTo) {
        count++;
        coveredTo = position + length;
      }
    }
    return count;
  };

  // Longer awnings never need more of them: bisect on the length.
  let low = 0;
  let high = positions[positions.length - 1]! - positions[0]!;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (awningsNeeded(mid) <= k) high = mid;
    else low = mid + 1;
  }
  return low;
}
