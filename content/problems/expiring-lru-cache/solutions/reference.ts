/** A binary min-heap of [expires, key] pairs. */
class DeadlineHeap {
  private items: [number, number][] = [];

  peek(): [number, number] | undefined {
    return this.items[0];
  }

  push(item: [number, number]): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (items[parent]![0] <= item[0]) break;
      items[i] = items[parent]!;
      items[parent] = item;
      i = parent;
    }
  }

  pop(): [number, number] {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length === 0) return top;
    items[0] = last;
    for (let i = 0; ;) {
      let least = i;
      for (const child of [2 * i + 1, 2 * i + 2]) {
        if (child < items.length && items[child]![0] < items[least]![0]) least = child;
      }
      if (least === i) return top;
      [items[i], items[least]] = [items[least]!, items[i]!];
      i = least;
    }
  }
}

class ExpiringCache {
  /** key -> entry, in order of use: a Map iterates in insertion order, least recently used first. */
  private readonly entries = new Map<number, { value: number; expires: number }>();
  /** Every expiry ever set, possibly stale: checked against `entries` when it comes due. */
  private readonly deadlines = new DeadlineHeap();

  constructor(private readonly capacity: number) {}

  put(key: number, value: number, ttl: number, now: number): void {
    this.dropExpired(now);
    if (this.entries.has(key)) this.entries.delete(key);
    else if (this.entries.size === this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, expires: now + ttl });
    this.deadlines.push([now + ttl, key]);
  }

  get(key: number, now: number): number {
    this.dropExpired(now);
    const entry = this.entries.get(key);
    if (!entry) return -1;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  size(now: number): number {
    this.dropExpired(now);
    return this.entries.size;
  }

  private dropExpired(now: number): void {
    for (let due = this.deadlines.peek(); due && due[0] <= now; due = this.deadlines.peek()) {
      const [expires, key] = this.deadlines.pop();
      if (this.entries.get(key)?.expires === expires) this.entries.delete(key);
    }
  }
}
