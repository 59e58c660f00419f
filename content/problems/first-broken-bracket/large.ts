import type { TestCase } from "@loopwise/domain";

const CLOSER: Record<string, string> = { "(": ")", "[": "]", "{": "}", "<": ">" };

/** Nested random openers and their closers, depth = half the length. */
function deepNest(random: () => number, depth: number): string {
  const openers = Array.from({ length: depth }, () => "([{<"[Math.floor(random() * 4)]!);
  const closers = openers.map((open) => CLOSER[open]!).reverse();
  return openers.join("") + closers.join("");
}

/** 100000 characters nested 50000 deep: fine for a loop with a stack, too deep for plain recursion. */
export default function large(random: () => number): TestCase[] {
  const nested = deepNest(random, 50_000);
  // Swap one closer near the end for a closer of another kind: the break is at that index.
  const at = nested.length - 1 - Math.floor(random() * 100);
  const wrongKind = nested[at] === ")" ? "]" : ")";
  const broken = nested.slice(0, at) + wrongKind + nested.slice(at + 1);
  return [
    { args: [nested], expected: -1, note: "nested 50000 deep" },
    { args: [broken], expected: at, note: "nested 50000 deep, a wrong closer near the end" },
    { args: [nested.slice(0, -1)], expected: nested.length - 1, note: "nested 50000 deep, one left open" },
  ];
}
