import type { TestCase } from "@loopwise/domain";

/** Answers the queries in increasing order with one pointer walking the log (a merge), then restores their order. */
function answersByMerge(times: number[], queries: number[]): number[] {
  const order = queries.map((_, i) => i).sort((a, b) => queries[a]! - queries[b]!);
  const answers = new Array<number>(queries.length).fill(0);
  let arrived = 0;
  for (const i of order) {
    while (arrived < times.length && times[arrived]! <= queries[i]!) arrived++;
    answers[i] = arrived;
  }
  return answers;
}

/** Arrivals over the first 10^6 minutes (about two years), a tenth of the queries landing on an arrival minute. */
export default function large(random: () => number): TestCase[] {
  const span = 1_000_000;
  const times = Array.from({ length: 100_000 }, () => Math.floor(random() * span)).sort((a, b) => a - b);
  const queries = Array.from({ length: 50_000 }, (_, i) =>
    i % 10 === 0 ? times[Math.floor(random() * times.length)]! : Math.floor(random() * span),
  );
  return [
    {
      args: [times, queries],
      expected: answersByMerge(times, queries),
      note: "100000 deliveries, 50000 queries",
    },
  ];
}
