/** A binary max-heap of workshop lengths. */
class LongestFirst {
  private items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(value: number): void {
    const items = this.items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]! >= items[i]!) break;
      [items[parent], items[i]] = [items[i]!, items[parent]!];
      i = parent;
    }
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length === 0) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < items.length && items[left]! > items[largest]!) largest = left;
      if (right < items.length && items[right]! > items[largest]!) largest = right;
      if (largest === i) return top;
      [items[i], items[largest]] = [items[largest]!, items[i]!];
      i = largest;
    }
  }
}

function maxWorkshops(workshops: number[][]): number {
  // Take requests in order of deadline; when the schedule runs late, give up the longest taken
  // one: that keeps the most workshops and leaves the most spare days.
  const byDeadline = [...workshops].sort((a, b) => a[1]! - b[1]!);
  const taken = new LongestFirst();
  let busyDays = 0;
  for (const [days, lastDay] of byDeadline) {
    taken.push(days!);
    busyDays += days!;
    if (busyDays > lastDay!) busyDays -= taken.pop();
  }
  return taken.size;
}
