import type { TestCase } from "@loopwise/domain";

/**
 * Trusted and heap-free: seams come out in non-decreasing length, so the sorted strips and the
 * seams made so far are two sorted queues, and the two shortest strips are at their fronts.
 */
function threadNeeded(strips: number[]): number {
  const waiting = [...strips].sort((a, b) => a - b);
  const seams: number[] = [];
  let w = 0;
  let s = 0;
  const shortest = () =>
    s >= seams.length || (w < waiting.length && waiting[w]! <= seams[s]!) ? waiting[w++]! : seams[s++]!;
  let thread = 0;
  for (let left = strips.length; left > 1; left--) {
    const seam = shortest() + shortest();
    thread += seam;
    seams.push(seam);
  }
  return thread;
}

export default function large(random: () => number): TestCase[] {
  const strips = Array.from({ length: 100_000 }, () => 1 + Math.floor(random() * 10_000));
  return [{ args: [strips], expected: threadNeeded(strips) }];
}
