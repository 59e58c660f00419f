import type { TestCase } from "@loopwise/domain";

function sharedStart(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/** Trusted and trie-free: in sorted order a name shares its longest start with a neighbour. */
function mentionPrefixes(names: string[]): string[] {
  const sorted = [...names].sort();
  const shared = new Map<string, number>();
  sorted.forEach((name, i) => {
    const before = i > 0 ? sharedStart(name, sorted[i - 1]!) : 0;
    const after = i + 1 < sorted.length ? sharedStart(name, sorted[i + 1]!) : 0;
    shared.set(name, Math.max(before, after));
  });
  return names.map((name) => name.slice(0, Math.min(name.length, shared.get(name)! + 1)));
}

/** 20 000 names on a few long common stems, so mention prefixes run long and the names share a lot. */
export default function large(random: () => number): TestCase[] {
  const letters = (count: number, alphabet: string) =>
    Array.from({ length: count }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
  const stems = Array.from({ length: 40 }, () => letters(8, "abcdefghijklmnopqrstuvwxyz"));
  const names = new Set<string>();
  while (names.size < 20_000) {
    const stem = stems[Math.floor(random() * stems.length)]!;
    names.add(stem.slice(0, 2 + Math.floor(random() * 7)) + letters(Math.floor(random() * 11), "abcd"));
  }
  const list = [...names];
  return [{ args: [list], expected: mentionPrefixes(list) }];
}
