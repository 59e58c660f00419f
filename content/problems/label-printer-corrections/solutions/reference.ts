function cheapestCorrection(
  printed: string,
  wanted: string,
  insertCost: number,
  deleteCost: number,
  replaceCost: number,
): number {
  // cost[j]: cheapest way to turn the printed prefix seen so far into wanted[:j], one row per
  // printed character.
  let cost = Array.from({ length: wanted.length + 1 }, (_, j) => j * insertCost);
  for (let i = 1; i <= printed.length; i++) {
    const row = [i * deleteCost];
    for (let j = 1; j <= wanted.length; j++) {
      const keepOrOverprint = cost[j - 1]! + (printed[i - 1] === wanted[j - 1] ? 0 : replaceCost);
      row.push(Math.min(keepOrOverprint, cost[j]! + deleteCost, row[j - 1]! + insertCost));
    }
    cost = row;
  }
  return cost[wanted.length]!;
}
