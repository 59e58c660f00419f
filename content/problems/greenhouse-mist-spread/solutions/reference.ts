function minutesUntilDamp(grid: string[]): number {
  // Every nozzle starts the same breadth-first wave, so each cell is reached at its distance to
  // the nearest nozzle; the answer is the latest plant.
  const rows = grid.length;
  const cols = grid[0]!.length;
  const minute = new Int32Array(rows * cols).fill(-1);
  const queue: number[] = [];
  let dryPlants = 0;
  grid.forEach((line, r) => {
    for (let c = 0; c < cols; c++) {
      if (line[c] === "M") {
        minute[r * cols + c] = 0;
        queue.push(r * cols + c);
      } else if (line[c] === "P") dryPlants++;
    }
  });
  let latest = 0;
  for (let head = 0; head < queue.length && dryPlants > 0; head++) {
    const cell = queue[head]!;
    const r = Math.floor(cell / cols);
    const c = cell % cols;
    for (const [nr, nc] of [
      [r - 1, c],
      [r + 1, c],
      [r, c - 1],
      [r, c + 1],
    ] as const) {
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
      const next = nr * cols + nc;
      const kind = grid[nr]![nc];
      if (minute[next]! >= 0 || kind === "#") continue;
      minute[next] = minute[cell]! + 1;
      if (kind === "P") {
        dryPlants--;
        latest = minute[next]!;
      }
      queue.push(next);
    }
  }
  return dryPlants > 0 ? -1 : latest;
}
