import type { TestCase } from "@loopwise/domain";

const TASKS = 100_000;

function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * Rules drawn along a hidden shuffled order, so that order is a right answer by construction (the
 * checker accepts any other right one); then a long chain closed into a cycle, where [] is the answer.
 */
export default function large(random: () => number): TestCase[] {
  const hidden = shuffled(TASKS, random);
  const rules: number[][] = [];
  for (let k = 0; k < 80_000; k++) {
    const i = Math.floor(random() * (TASKS - 1));
    const j = i + 1 + Math.floor(random() * Math.min(50, TASKS - 1 - i));
    rules.push([hidden[i]!, hidden[j]!]);
  }
  const chain = shuffled(TASKS, random);
  const cyclic = chain.slice(1).map((task, i) => [chain[i]!, task]);
  cyclic.push([chain[TASKS - 1]!, chain[TASKS / 2]!]);
  return [
    { args: [TASKS, rules], expected: hidden, note: "100000 tasks, 80000 rules, an order exists" },
    { args: [TASKS, cyclic], expected: [], note: "a chain of every task with a cycle at its end" },
  ];
}
