import type { TestCase } from "@loopwise/domain";

/**
 * 50 000 calls on a cache of 20 000 entries, with time moving slowly so that both expiry and
 * eviction happen all the time. Expected answers come from a plain simulation: a Map in order of
 * use, and a calendar of the keys due at each time step (times stay small here), swept in order.
 */
export default function large(random: () => number): TestCase[] {
  const capacity = 20_000;
  const entries = new Map<number, { value: number; expires: number }>();
  const due = new Map<number, number[]>();
  let swept = 0;
  const sweep = (now: number) => {
    for (; swept <= now; swept++) {
      for (const key of due.get(swept) ?? []) if (entries.get(key)?.expires === swept) entries.delete(key);
      due.delete(swept);
    }
  };
  const calls: [string, unknown[]][] = [["ExpiringCache", [capacity]]];
  const expected: unknown[] = [null];
  let now = 0;
  for (let i = 0; i < 50_000; i++) {
    now += Math.floor(random() * 2);
    sweep(now);
    const key = Math.floor(random() * 40_000);
    const roll = random();
    if (roll < 0.5) {
      const value = Math.floor(random() * 1_000);
      const ttl = 1 + Math.floor(random() * 15_000);
      calls.push(["put", [key, value, ttl, now]]);
      expected.push(null);
      if (entries.has(key)) entries.delete(key);
      else if (entries.size === capacity) entries.delete(entries.keys().next().value!);
      entries.set(key, { value, expires: now + ttl });
      due.set(now + ttl, [...(due.get(now + ttl) ?? []), key]);
    } else if (roll < 0.9) {
      calls.push(["get", [key, now]]);
      const entry = entries.get(key);
      expected.push(entry ? entry.value : -1);
      if (entry) {
        entries.delete(key);
        entries.set(key, entry);
      }
    } else {
      calls.push(["size", [now]]);
      expected.push(entries.size);
    }
  }
  return [{ calls, expected }];
}
