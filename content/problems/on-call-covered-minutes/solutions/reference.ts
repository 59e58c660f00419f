function coveredMinutes(shifts: number[][]): number {
  const sorted = [...shifts].sort((a, b) => a[0]! - b[0]!);
  let total = 0;
  let currentStart = 0; // the merged block being built; empty at first
  let currentEnd = 0;
  for (const [start, end] of sorted) {
    if (start! > currentEnd) {
      total += currentEnd - currentStart;
      currentStart = start!;
      currentEnd = end!;
    } else {
      currentEnd = Math.max(currentEnd, end!);
    }
  }
  return total + currentEnd - currentStart;
}
