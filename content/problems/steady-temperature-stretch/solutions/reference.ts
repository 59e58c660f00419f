function longestSteadyStretch(readings: number[], tolerance: number): number {
  // Indices whose readings decrease (highs) or increase (lows): the front is the run's extreme.
  // Arrays with a moving head serve as deques: each index enters and leaves once.
  const highs: number[] = [];
  const lows: number[] = [];
  let highHead = 0;
  let lowHead = 0;
  let best = 0;
  let start = 0;
  readings.forEach((reading, end) => {
    while (highs.length > highHead && readings[highs[highs.length - 1]!]! <= reading) highs.pop();
    highs.push(end);
    while (lows.length > lowHead && readings[lows[lows.length - 1]!]! >= reading) lows.pop();
    lows.push(end);
    while (readings[highs[highHead]!]! - readings[lows[lowHead]!]! > tolerance) {
      start++;
      if (highs[highHead]! < start) highHead++;
      if (lows[lowHead]! < start) lowHead++;
    }
    best = Math.max(best, end - start + 1);
  });
  return best;
}
