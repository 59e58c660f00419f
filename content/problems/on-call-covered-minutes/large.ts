import type { TestCase } from "@loopwise/domain";

/** Sweep over every start (+1) and end (-1) in time order, adding the time during which the count is positive. */
function coveredBySweep(shifts: number[][]): number {
  const events: [number, number][] = [];
  for (const [start, end] of shifts) events.push([start!, 1], [end!, -1]);
  events.sort((a, b) => a[0] - b[0]);
  let onCall = 0;
  let covered = 0;
  let previous = 0;
  for (const [time, change] of events) {
    if (onCall > 0) covered += time - previous;
    onCall += change;
    previous = time;
  }
  return covered;
}

/** 50000 shifts of up to a day over the first 10^9 minutes, and 50000 heavily overlapping ones. */
export default function large(random: () => number): TestCase[] {
  const shift = (span: number, longest: number): number[] => {
    const start = Math.floor(random() * span);
    return [start, start + 1 + Math.floor(random() * longest)];
  };
  const sparse = Array.from({ length: 50_000 }, () => shift(999_000_000, 1_440));
  const crowded = Array.from({ length: 50_000 }, () => shift(2_500_000, 500));
  return [
    { args: [sparse], expected: coveredBySweep(sparse), note: "50000 short shifts, spread out" },
    { args: [crowded], expected: coveredBySweep(crowded), note: "50000 crowded shifts" },
  ];
}
