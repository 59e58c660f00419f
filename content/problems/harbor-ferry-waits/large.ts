import type { TestCase } from "@loopwise/domain";

const HARBORS = 20_000;
const ROUTES = 40_000;

/** Bellman-Ford with an early stop: slow in general, but plain and independent of any heap. */
function crossingTime(waits: number[], routes: number[][]): number {
  const time = new Array<number>(waits.length).fill(Infinity);
  time[0] = 0;
  for (let changed = true; changed;) {
    changed = false;
    for (const [a, b, minutes] of routes) {
      for (const [from, to] of [
        [a!, b!],
        [b!, a!],
      ] as const) {
        const arrive = time[from]! + waits[from]! + minutes!;
        if (arrive < time[to]!) {
          time[to] = arrive;
          changed = true;
        }
      }
    }
  }
  const last = time[waits.length - 1]!;
  return last === Infinity ? -1 : last;
}

/** A random connected archipelago (a random tree plus extra routes) with random waits. */
export default function large(random: () => number): TestCase[] {
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const label = Array.from({ length: HARBORS }, (_, i) => i);
  for (let i = HARBORS - 1; i > 0; i--) {
    const j = int(0, i);
    [label[i], label[j]] = [label[j]!, label[i]!];
  }
  const routes: number[][] = [];
  for (let i = 1; i < HARBORS; i++) routes.push([label[i]!, label[int(0, i - 1)]!, int(1, 10_000)]);
  while (routes.length < ROUTES) {
    const a = int(0, HARBORS - 1);
    const b = int(0, HARBORS - 1);
    if (a !== b) routes.push([a, b, int(1, 10_000)]);
  }
  const waits = Array.from({ length: HARBORS }, () => int(0, 10_000));
  return [{ args: [waits, routes], expected: crossingTime(waits, routes), note: "20000 harbors, 40000 routes" }];
}
