function largestCluster(n: number, links: number[][]): number {
  // Union-find with union by size: each cluster's size lives at its root.
  const parent = Array.from({ length: n }, (_, i) => i);
  const size = new Array<number>(n).fill(1);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const [a, b] of links) {
    let ra = find(a!);
    let rb = find(b!);
    if (ra === rb) continue;
    if (size[ra]! < size[rb]!) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    size[ra]! += size[rb]!;
  }
  let best = 0;
  for (let x = 0; x < n; x++) best = Math.max(best, size[find(x)]!);
  return best;
}
