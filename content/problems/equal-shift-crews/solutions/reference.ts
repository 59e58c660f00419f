function equalCrews(hours: number[], crews: number): number[][] {
  const total = hours.reduce((sum, h) => sum + h, 0);
  if (total % crews !== 0) return [];
  const share = total / crews;
  const n = hours.length;
  const ordered = [...hours].sort((a, b) => b - a);
  if (ordered[0]! > share) return [];
  const everyone = (1 << n) - 1;
  // Crews are filled one after another, so the set of workers placed (a bit mask) fixes how
  // full the current crew is: a mask that failed once fails again.
  const dead = new Set<number>();
  const picks: number[] = [];
  const fill = (placed: number, load: number): boolean => {
    if (placed === everyone) return true;
    if (dead.has(placed)) return false;
    let tried = -1;
    for (let i = 0; i < n; i++) {
      const h = ordered[i]!;
      if ((placed >> i) & 1 || h === tried || load + h > share) continue;
      tried = h; // an equal worker in the same seat would fail the same way
      picks.push(h);
      if (fill(placed | (1 << i), (load + h) % share)) return true;
      picks.pop();
      if (load === 0) break; // the largest worker left must start some crew: any empty crew will do
    }
    dead.add(placed);
    return false;
  };
  if (!fill(0, 0)) return [];
  const split: number[][] = [];
  let crew: number[] = [];
  let load = 0;
  for (const h of picks) {
    crew.push(h);
    load += h;
    if (load === share) {
      split.push(crew);
      crew = [];
      load = 0;
    }
  }
  return split;
}
