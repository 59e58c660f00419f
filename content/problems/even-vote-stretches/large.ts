import type { TestCase } from "@loopwise/domain";

/** Counts even stretches by remembering how often each running "yes minus no" balance was seen. */
function countEven(votes: string): number {
  const seen = new Map<number, number>([[0, 1]]);
  let balance = 0;
  let total = 0;
  for (const vote of votes) {
    if (vote === "Y") balance++;
    else if (vote === "N") balance--;
    const before = seen.get(balance) ?? 0;
    total += before;
    seen.set(balance, before + 1);
  }
  return total;
}

/** 200000 votes: random ones, and abstentions only (about 2 * 10^10 stretches, beyond 32 bits). */
export default function large(random: () => number): TestCase[] {
  const n = 200_000;
  const symbols = ["Y", "N", "-"];
  const mixed = Array.from({ length: n }, () => symbols[Math.floor(random() * 3)]!).join("");
  const quiet = "-".repeat(n);
  return [
    { args: [mixed], expected: countEven(mixed), note: "200000 random votes" },
    { args: [quiet], expected: countEven(quiet), note: "200000 abstentions" },
  ];
}
