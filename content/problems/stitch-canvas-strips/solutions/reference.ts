/** A binary min-heap of numbers, enough for the sail loft's table. */
class MinHeap {
  private items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(value: number): void {
    const items = this.items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0 && items[(i - 1) >> 1]! > items[i]!) {
      const parent = (i - 1) >> 1;
      [items[parent], items[i]] = [items[i]!, items[parent]!];
      i = parent;
    }
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && items[left]! < items[smallest]!) smallest = left;
        if (right < items.length && items[right]! < items[smallest]!) smallest = right;
        if (smallest === i) break;
        [items[smallest], items[i]] = [items[i]!, items[smallest]!];
        i = smallest;
      }
    }
    return top;
  }
}

function threadNeeded(strips: number[]): number {
  const table = new MinHeap();
  for (const strip of strips) table.push(strip);
  let thread = 0;
  while (table.size > 1) {
    const seam = table.pop() + table.pop();
    thread += seam;
    table.push(seam);
  }
  return thread;
}
