function deliveriesSoFar(times: number[], queries: number[]): number[] {
  // The number of arrivals at or before `minute`: the first index whose time is later.
  const arrivedBy = (minute: number): number => {
    let low = 0;
    let high = times.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (times[mid]! <= minute) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return queries.map(arrivedBy);
}
