/**
 * Any order that respects every rule is right; when the rules form a cycle the only right answer
 * is []. `expected` is the reference's answer: [] exactly when no order exists.
 */
export default function check(args: unknown[], expected: unknown, actual: unknown): true | string {
  const [n, rules] = args as [number, number[][]];
  if (!Array.isArray(actual)) return "the answer is not a list";
  const possible = Array.isArray(expected) && expected.length > 0;
  if (actual.length === 0) return possible ? "an order exists, but the answer is empty" : true;
  if (!possible) return "the rules contain a cycle, so the answer must be empty";
  if (actual.length !== n) return `the order has ${actual.length} tasks, not ${n}`;
  const position = new Array<number>(n).fill(-1);
  for (const [i, task] of actual.entries()) {
    if (!Number.isInteger(task) || task < 0 || task >= n) return `${JSON.stringify(task)} is not a task number`;
    if (position[task] !== -1) return `task ${task} appears twice`;
    position[task] = i;
  }
  for (const [before, task] of rules) {
    if (position[before!]! > position[task!]!) return `task ${before} must come before task ${task}`;
  }
  return true;
}
