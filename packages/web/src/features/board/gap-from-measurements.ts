/** The gap (0..n) whose insertion point is nearest to `offset`: before the first item whose middle is below it. */
export function gapFromMeasurements(items: readonly { start: number; size: number }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const item = items[mid]!;
    if (offset < item.start + item.size / 2) high = mid;
    else low = mid + 1;
  }
  return low;
}
