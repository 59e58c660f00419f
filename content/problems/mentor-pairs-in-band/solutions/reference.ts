function countPairsInBand(years: number[], low: number, high: number): number {
  const values = [...years].sort((a, b) => a - b);

  const pairsAtMost = (cap: number): number => {
    // For each left end, every value between it and the right pointer pairs with it.
    let count = 0;
    let left = 0;
    let right = values.length - 1;
    while (left < right) {
      if (values[left]! + values[right]! <= cap) {
        count += right - left;
        left++;
      } else {
        right--;
      }
    }
    return count;
  };

  return pairsAtMost(high) - pairsAtMost(low - 1);
}
