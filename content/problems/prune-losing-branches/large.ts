import type { TestCase } from "@loopwise/domain";

interface Knot {
  val: number;
  left: Knot | null;
  right: Knot | null;
}

/** Level order with nulls for missing children, trailing nulls dropped (the bank's tree format). */
function levelOrder(root: Knot | null): (number | null)[] {
  const out: (number | null)[] = [];
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const knot = queue[head]!;
    out.push(knot ? knot.val : null);
    if (knot) queue.push(knot.left, knot.right);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/**
 * A full tree of depth 4 with a long vine under each of its 16 leaves: height near 1 900 and
 * about 45 000 knots, so recomputing each branch's total from scratch costs about n * height / 2 steps.
 */
function orchard(random: () => number): { knots: Knot[]; root: Knot } {
  const harvest = () => Math.floor(random() * 201) - 100;
  const knots: Knot[] = [];
  const knot = (): Knot => {
    const made = { val: harvest(), left: null, right: null };
    knots.push(made);
    return made;
  };
  const root = knot();
  let level = [root];
  for (let depth = 1; depth <= 4; depth++) {
    level = level.flatMap((parent) => [(parent.left = knot()), (parent.right = knot())]);
  }
  for (let vine of level) {
    for (let step = 0; step < 1_900; step++) {
      if (random() < 0.5) vine.right = knot();
      vine = vine.left = knot();
    }
  }
  return { knots, root };
}

export default function large(random: () => number): TestCase[] {
  const { knots, root } = orchard(random);
  const input = levelOrder(root);
  // Knots were created parents first, so the reverse creation order visits children first.
  const total = new Map<Knot | null, number>([[null, 0]]);
  for (const knot of [...knots].reverse()) {
    if (total.get(knot.left)! < 0) knot.left = null;
    if (total.get(knot.right)! < 0) knot.right = null;
    total.set(knot, knot.val + total.get(knot.left)! + total.get(knot.right)!);
  }
  return [{ args: [input], expected: levelOrder(total.get(root)! < 0 ? null : root) }];
}
