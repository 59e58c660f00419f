function cheapestTolls(n: number, roads: number[][], passes: number): number {
  // Dijkstra over (junction, passes used): each road is either paid for, or taken free with
  // one more pass, which moves to the next layer of states. State id = junction * layers + used.
  const layers = passes + 1;
  const links: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [a, b, toll] of roads) {
    links[a!]!.push([b!, toll!]);
    links[b!]!.push([a!, toll!]);
  }
  const settled = new Uint8Array(n * layers);
  const heap = new StateHeap();
  heap.push(0, 0);
  while (heap.size > 0) {
    const [paid, state] = heap.pop();
    if (settled[state]) continue;
    settled[state] = 1;
    const junction = Math.floor(state / layers);
    const used = state % layers;
    if (junction === n - 1) return paid;
    for (const [next, toll] of links[junction]!) {
      const same = next * layers + used;
      if (!settled[same]) heap.push(paid + toll, same);
      if (used < passes && !settled[same + 1]) heap.push(paid, same + 1);
    }
  }
  return -1;
}

/** A binary heap of (cost, state) pairs, cheapest first. */
class StateHeap {
  private costs: number[] = [];
  private states: number[] = [];
  get size(): number {
    return this.costs.length;
  }
  push(cost: number, state: number): void {
    let i = this.costs.length;
    this.costs.push(cost);
    this.states.push(state);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.costs[parent]! <= cost) break;
      this.move(parent, i);
      i = parent;
    }
    this.costs[i] = cost;
    this.states[i] = state;
  }
  pop(): [number, number] {
    const top: [number, number] = [this.costs[0]!, this.states[0]!];
    const cost = this.costs.pop()!;
    const state = this.states.pop()!;
    const size = this.costs.length;
    if (size === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && this.costs[child + 1]! < this.costs[child]!) child++;
      if (this.costs[child]! >= cost) break;
      this.move(child, i);
      i = child;
    }
    this.costs[i] = cost;
    this.states[i] = state;
    return top;
  }
  private move(from: number, to: number): void {
    this.costs[to] = this.costs[from]!;
    this.states[to] = this.states[from]!;
  }
}
