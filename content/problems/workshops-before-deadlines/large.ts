import type { TestCase } from "@loopwise/domain";

/**
 * In order of deadline, take every request; when the schedule runs late, give up the longest one
 * taken. Lengths are at most 10000 days, so the taken ones are kept as a count per length.
 */
function mostOnTime(workshops: number[][]): number {
  const byDeadline = [...workshops].sort((a, b) => a[1]! - b[1]!);
  const takenOfLength = new Array<number>(10_001).fill(0);
  let longest = 0;
  let taken = 0;
  let busyDays = 0;
  for (const [days, lastDay] of byDeadline) {
    takenOfLength[days!]!++;
    taken++;
    busyDays += days!;
    longest = Math.max(longest, days!);
    if (busyDays > lastDay!) {
      while (takenOfLength[longest] === 0) longest--;
      takenOfLength[longest]!--;
      taken--;
      busyDays -= longest;
    }
  }
  return taken;
}

/**
 * 100000 requests whose deadlines leave room for a third to two thirds of them: tens of thousands
 * are taken and tens of thousands more force one out, so scanning the taken ones is quadratic.
 */
export default function large(random: () => number): TestCase[] {
  const request = (lastDays: number): number[] => [
    1 + Math.floor(random() * 10_000),
    1 + Math.floor(random() * lastDays),
  ];
  const tight = Array.from({ length: 100_000 }, () => request(250_000_000));
  const crowded = Array.from({ length: 100_000 }, () => request(50_000_000));
  return [
    { args: [tight], expected: mostOnTime(tight), note: "100000 requests, tight deadlines" },
    { args: [crowded], expected: mostOnTime(crowded), note: "100000 requests, very tight deadlines" },
  ];
}
