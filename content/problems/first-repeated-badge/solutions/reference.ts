function firstRepeatedBadge(scans: number[]): number {
  const seen = new Set<number>();
  for (const badge of scans) {
    if (seen.has(badge)) return badge;
    seen.add(badge);
  }
  return -1;
}
