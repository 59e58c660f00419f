import type { TestCase } from "@loopwise/domain";

const SIZE = 400;

/** The largest side by binary search: a free s x s square exists iff some s x s window has no rock (2-D prefix sums). */
function largestSideBySearch(field: string[][]): number {
  const rows = field.length;
  const cols = field[0]!.length;
  const rocks = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      rocks[r + 1]![c + 1] = rocks[r]![c + 1]! + rocks[r + 1]![c]! - rocks[r]![c]! + (field[r]![c] === "#" ? 1 : 0);
    }
  }
  const fits = (s: number) => {
    for (let r = s; r <= rows; r++) {
      for (let c = s; c <= cols; c++) {
        if (rocks[r]![c]! - rocks[r - s]![c]! - rocks[r]![c - s]! + rocks[r - s]![c - s]! === 0) return true;
      }
    }
    return false;
  };
  let low = 0;
  let high = Math.min(rows, cols);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A nearly empty field (big squares: slow for corner-by-corner growing) and a rocky one. */
export default function large(random: () => number): TestCase[] {
  const fields = [0.0002, 0.08].map((rockChance) =>
    Array.from({ length: SIZE }, () => Array.from({ length: SIZE }, () => (random() < rockChance ? "#" : "."))),
  );
  return fields.map((field, i) => ({
    args: [field.map((line) => line.join(""))],
    expected: largestSideBySearch(field),
    note: i === 0 ? "400 x 400, a few rocks" : "400 x 400, 8% rocks",
  }));
}
