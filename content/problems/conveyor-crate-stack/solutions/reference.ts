function tallestStack(weights: number[]): number {
  // tops[k] is the heaviest crate that can sit on top of a stack of k + 1 crates: a heavier top
  // leaves more room for the crates still to come. The list is decreasing.
  const tops: number[] = [];
  for (const weight of weights) {
    // The first stack height whose top is not heavier than this crate: the crate cannot go on it.
    let low = 0;
    let high = tops.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tops[mid]! > weight) low = mid + 1;
      else high = mid;
    }
    tops[low] = weight;
  }
  return tops.length;
}
