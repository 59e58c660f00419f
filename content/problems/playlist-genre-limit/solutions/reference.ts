function longestBlock(genres: number[], k: number): number {
  const counts = new Map<number, number>();
  let best = 0;
  let start = 0;
  genres.forEach((genre, end) => {
    counts.set(genre, (counts.get(genre) ?? 0) + 1);
    // Drop tracks from the front until the block is back to at most k genres.
    while (counts.size > k) {
      const first = genres[start]!;
      const left = counts.get(first)! - 1;
      if (left === 0) counts.delete(first);
      else counts.set(first, left);
      start++;
    }
    best = Math.max(best, end - start + 1);
  });
  return best;
}
