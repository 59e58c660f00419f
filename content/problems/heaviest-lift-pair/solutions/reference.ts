function heaviestPair(weights: number[], limit: number): number {
  let best = -1;
  let left = 0;
  let right = weights.length - 1;
  while (left < right) {
    const total = weights[left]! + weights[right]!;
    if (total > limit) {
      right--; // the heaviest crate is too heavy even with the lightest one
    } else {
      best = Math.max(best, total);
      left++; // a heavier partner for weights[right] may still fit
    }
  }
  return best;
}
