import type { TestCase } from "@loopwise/domain";

const SIZE = 500;

type Cell = "M" | "P" | "." | "#";

/** Minutes for the mist to reach each cell (-1: never), by a breadth-first search from all nozzles at once. */
function mistMinutes(grid: Cell[][]): Int32Array {
  const cols = grid[0]!.length;
  const minute = new Int32Array(grid.length * cols).fill(-1);
  const queue: number[] = [];
  grid.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (cell === "M") {
        minute[r * cols + c] = 0;
        queue.push(r * cols + c);
      }
    }),
  );
  for (let head = 0; head < queue.length; head++) {
    const at = queue[head]!;
    const r = Math.floor(at / cols);
    const c = at % cols;
    const steps = [
      r > 0 ? at - cols : -1,
      r < grid.length - 1 ? at + cols : -1,
      c > 0 ? at - 1 : -1,
      c < cols - 1 ? at + 1 : -1,
    ];
    for (const next of steps) {
      if (next < 0 || minute[next]! >= 0 || grid[Math.floor(next / cols)]![next % cols] === "#") continue;
      minute[next] = minute[at]! + 1;
      queue.push(next);
    }
  }
  return minute;
}

function latestPlant(grid: Cell[][]): number {
  const minute = mistMinutes(grid);
  let latest = 0;
  for (const [r, line] of grid.entries()) {
    for (const [c, cell] of line.entries()) {
      if (cell !== "P") continue;
      const reached = minute[r * line.length + c]!;
      if (reached < 0) return -1;
      latest = Math.max(latest, reached);
    }
  }
  return latest;
}

/** Many nozzles in a random floor (walled-off plants turned into walls), and one nozzle at the end of a long zigzag. */
export default function large(random: () => number): TestCase[] {
  const field = Array.from({ length: SIZE }, () =>
    Array.from({ length: SIZE }, (): Cell => (random() < 0.2 ? "#" : random() < 0.5 ? "P" : ".")),
  );
  for (let i = 0; i < 250; i++) field[Math.floor(random() * SIZE)]![Math.floor(random() * SIZE)] = "M";
  const reach = mistMinutes(field);
  for (const [r, line] of field.entries()) {
    for (const [c, cell] of line.entries()) if (cell === "P" && reach[r * SIZE + c]! < 0) line[c] = "#";
  }

  // Odd rows are walls with one gap, alternating between the right and the left end.
  const zigzag = Array.from({ length: SIZE - 1 }, (_, r) =>
    Array.from({ length: SIZE }, (_, c): Cell => {
      if (r % 2 === 0) return "P";
      const gap = r % 4 === 1 ? SIZE - 1 : 0;
      return c === gap ? "." : "#";
    }),
  );
  zigzag[0]![0] = "M";

  return [field, zigzag].map((grid, i) => ({
    args: [grid.map((line) => line.join(""))],
    expected: latestPlant(grid),
    note: i === 0 ? "500 x 500 floor, 250 nozzles" : "one nozzle at the start of a long zigzag",
  }));
}
