/** A binary min-heap ordered by `less`. */
class Heap<T> {
  private items: T[] = [];

  constructor(private readonly less: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!this.less(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): T {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length === 0) return top;
    items[0] = last;
    for (let i = 0; ;) {
      let best = i;
      for (const child of [2 * i + 1, 2 * i + 2]) {
        if (child < items.length && this.less(items[child]!, items[best]!)) best = child;
      }
      if (best === i) return top;
      [items[i], items[best]] = [items[best]!, items[i]!];
      i = best;
    }
  }
}

function assignKilns(kilns: number, arrival: number[], firing: number[]): number[] {
  const free = new Heap<number>((a, b) => a < b);
  for (let kiln = 0; kiln < kilns; kiln++) free.push(kiln);
  // [minute it empties, kiln]
  const busy = new Heap<[number, number]>((a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]));
  const used: number[] = [];
  let clock = 0; // when the head of the queue can start: never before the batch ahead of it
  arrival.forEach((arrives, i) => {
    clock = Math.max(clock, arrives);
    while (busy.size > 0 && busy.peek()![0] <= clock) free.push(busy.pop()[1]);
    if (free.size === 0) {
      // Wait for the earliest kiln; every kiln emptying at that same minute competes by number.
      clock = busy.peek()![0];
      while (busy.size > 0 && busy.peek()![0] === clock) free.push(busy.pop()[1]);
    }
    const kiln = free.pop();
    used.push(kiln);
    busy.push([clock + firing[i]!, kiln]);
  });
  return used;
}
