import type { TestCase } from "@loopwise/domain";

/**
 * Best total by time instead of by request: walk the distinct hours in order; the best up to an
 * hour is the best up to the hour before, or a request ending then plus the best up to its start.
 */
function bestByHours(bookings: number[][]): number {
  const hours = [...new Set(bookings.flatMap(([start, end]) => [start!, end!]))].sort((a, b) => a - b);
  const indexOf = new Map(hours.map((hour, i) => [hour, i]));
  const endingAt: number[][][] = hours.map(() => []);
  for (const booking of bookings) endingAt[indexOf.get(booking[1]!)!]!.push(booking);
  const best = new Array<number>(hours.length).fill(0);
  hours.forEach((_, i) => {
    best[i] = i > 0 ? best[i - 1]! : 0;
    for (const [start, , fee] of endingAt[i]!) {
      best[i] = Math.max(best[i]!, best[indexOf.get(start!)!]! + fee!);
    }
  });
  return hours.length > 0 ? best[hours.length - 1]! : 0;
}

/** 50000 requests each: a season of short sessions, and a crowded month of long ones. */
export default function large(random: () => number): TestCase[] {
  const request = (span: number, longest: number): number[] => {
    const start = Math.floor(random() * span);
    return [start, start + 1 + Math.floor(random() * longest), 1 + Math.floor(random() * 1_000_000)];
  };
  const season = Array.from({ length: 50_000 }, () => request(999_000_000, 100_000));
  const crowded = Array.from({ length: 50_000 }, () => request(720, 48));
  return [
    { args: [season], expected: bestByHours(season), note: "50000 requests over a season" },
    { args: [crowded], expected: bestByHours(crowded), note: "50000 requests crowding a month" },
  ];
}
