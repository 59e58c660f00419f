import type { TestCase } from "@loopwise/domain";

/** The plays that survive: those at the last index of their song id. */
function latestPlays(history: number[]): number[] {
  const last = new Map<number, number>();
  history.forEach((song, index) => last.set(song, index));
  return history.filter((song, index) => last.get(song) === index);
}

/** Long histories: almost all distinct (70 000 plays) (a scan ahead for each play is quadratic), and heavily repeated. */
export default function large(random: () => number): TestCase[] {
  const distinct = Array.from({ length: 70_000 }, () => 1 + Math.floor(random() * 1_000_000_000));
  const repeated = Array.from({ length: 100_000 }, () => 1 + Math.floor(random() * 5_000));
  return [distinct, repeated].map((history) => ({ args: [history], expected: latestPlays(history) }));
}
