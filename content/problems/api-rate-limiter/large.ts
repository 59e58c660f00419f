import type { TestCase } from "@loopwise/domain";

/**
 * 60 000 calls, mostly from one busy client that keeps about 20 000 requests inside its window,
 * plus a few other clients and some retryAfter calls. Expected answers come from a plain
 * simulation: per client, the allowed times and the index of the first one still inside.
 */
export default function large(random: () => number): TestCase[] {
  const limit = 20_000;
  const window = 50_000;
  const logs = new Map<number, { times: number[]; first: number }>();
  const inside = (client: number, now: number) => {
    const log = logs.get(client) ?? { times: [], first: 0 };
    logs.set(client, log);
    while (log.first < log.times.length && now - log.times[log.first]! >= window) log.first++;
    return log;
  };
  const others = Array.from({ length: 20 }, () => Math.floor(random() * 1_000_000_000));
  const calls: [string, unknown[]][] = [["RateLimiter", [limit, window]]];
  const expected: unknown[] = [null];
  let now = 0;
  for (let i = 0; i < 60_000; i++) {
    now += Math.floor(random() * 3);
    const client = random() < 0.9 ? 1 : others[Math.floor(random() * others.length)]!;
    const log = inside(client, now);
    const full = log.times.length - log.first >= limit;
    if (random() < 0.1) {
      calls.push(["retryAfter", [client, now]]);
      expected.push(full ? log.times[log.first]! + window - now : 0);
    } else {
      calls.push(["allow", [client, now]]);
      expected.push(!full);
      if (!full) log.times.push(now);
    }
  }
  return [{ calls, expected }];
}
