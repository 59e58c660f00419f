function maxBookingFees(bookings: number[][]): number {
  const byEnd = [...bookings].sort((a, b) => a[1]! - b[1]!);
  // How many of the first `count` requests (in order of end) end at or before `hour`.
  const endingBy = (hour: number, count: number): number => {
    let low = 0;
    let high = count;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (byEnd[mid]![1]! <= hour) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  // best[i]: the best total using only the first i requests in order of end.
  const best = new Array<number>(byEnd.length + 1).fill(0);
  byEnd.forEach(([start, , fee], i) => {
    best[i + 1] = Math.max(best[i]!, best[endingBy(start!, i)]! + fee!);
  });
  return best[byEnd.length]!;
}
