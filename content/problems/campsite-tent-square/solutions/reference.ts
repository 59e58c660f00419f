function largestTentSide(field: string[]): number {
  // side[c]: the largest free square whose bottom-right corner is this row's column c. It is
  // one more than the smallest of the squares ending above, to the left and diagonally.
  const cols = field[0]!.length;
  let above = new Array<number>(cols + 1).fill(0);
  let best = 0;
  for (const line of field) {
    const side = new Array<number>(cols + 1).fill(0);
    for (let c = 1; c <= cols; c++) {
      if (line[c - 1] !== ".") continue;
      side[c] = 1 + Math.min(above[c]!, side[c - 1]!, above[c - 1]!);
      best = Math.max(best, side[c]!);
    }
    above = side;
  }
  return best;
}
