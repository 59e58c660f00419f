function fastestCrossing(waits: number[], routes: number[][]): number {
  // Dijkstra where leaving harbor h by a ferry of m minutes costs waits[h] + m.
  const n = waits.length;
  const sailings: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [a, b, minutes] of routes) {
    sailings[a!]!.push([b!, minutes!]);
    sailings[b!]!.push([a!, minutes!]);
  }
  const best = new Array<number>(n).fill(-1);
  const heap = new MinHeap();
  heap.push(0, 0);
  while (heap.size > 0) {
    const [time, harbor] = heap.pop();
    if (best[harbor]! >= 0) continue;
    best[harbor] = time;
    if (harbor === n - 1) return time;
    for (const [next, minutes] of sailings[harbor]!) {
      if (best[next]! < 0) heap.push(time + waits[harbor]! + minutes, next);
    }
  }
  return -1;
}

/** A binary heap of (time, harbor) pairs, smallest time first. */
class MinHeap {
  private items: [number, number][] = [];
  get size(): number {
    return this.items.length;
  }
  push(time: number, harbor: number): void {
    const items = this.items;
    items.push([time, harbor]);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (items[parent]![0] <= items[i]![0]) break;
      [items[parent], items[i]] = [items[i]!, items[parent]!];
      i = parent;
    }
  }
  pop(): [number, number] {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && items[left]![0] < items[smallest]![0]) smallest = left;
        if (right < items.length && items[right]![0] < items[smallest]![0]) smallest = right;
        if (smallest === i) break;
        [items[smallest], items[i]] = [items[i]!, items[smallest]!];
        i = smallest;
      }
    }
    return top;
  }
}
