import type { TestCase } from "@loopwise/domain";

/** A tree as child index arrays (-1 for none); node 0 is the lodge. */
interface Trail {
  left: number[];
  right: number[];
}

/** Every new hut takes a random free child slot of an earlier hut: a bushy tree of logarithmic height. */
function bushy(size: number, random: () => number): Trail {
  const trail: Trail = { left: [-1], right: [-1] };
  const free: [number, "left" | "right"][] = [
    [0, "left"],
    [0, "right"],
  ];
  for (let hut = 1; hut < size; hut++) {
    const pick = Math.floor(random() * free.length);
    const [parent, side] = free[pick]!;
    free[pick] = free[free.length - 1]!;
    free.pop();
    trail[side][parent] = hut;
    trail.left.push(-1);
    trail.right.push(-1);
    free.push([hut, "left"], [hut, "right"]);
  }
  return trail;
}

/** A full tree of depth 5 with a long vine (and short side spurs) under each of its 32 leaves. */
function vines(length: number, random: () => number): Trail {
  const trail: Trail = { left: [], right: [] };
  const hut = () => {
    trail.left.push(-1);
    trail.right.push(-1);
    return trail.left.length - 1;
  };
  let level = [hut()];
  for (let depth = 1; depth <= 5; depth++) {
    level = level.flatMap((parent) => [(trail.left[parent] = hut()), (trail.right[parent] = hut())]);
  }
  for (let tip of level) {
    for (let step = 0; step < length; step++) {
      if (random() < 0.3) trail.right[tip] = hut();
      tip = trail.left[tip] = hut();
    }
  }
  return trail;
}

function levelOrder(trail: Trail, random: () => number): (number | null)[] {
  const out: (number | null)[] = [];
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const hut = queue[head]!;
    out.push(hut < 0 ? null : 1 + Math.floor(random() * 99));
    if (hut >= 0) queue.push(trail.left[hut]!, trail.right[hut]!);
  }
  while (out[out.length - 1] === null) out.pop();
  return out;
}

/**
 * The classic greedy, written differently from the references: take the deepest dark hut, light
 * the hut `reach` steps above it (or the lodge), and mark everything within `reach` of it as lit.
 */
function fewestBeacons(trail: Trail, reach: number): number {
  const size = trail.left.length;
  const parent = new Array<number>(size).fill(-1);
  const order = [0];
  for (let head = 0; head < order.length; head++) {
    for (const child of [trail.left[order[head]!]!, trail.right[order[head]!]!]) {
      if (child < 0) continue;
      parent[child] = order[head]!;
      order.push(child);
    }
  }
  const lit = new Array<boolean>(size).fill(false);
  let beacons = 0;
  for (let i = size - 1; i >= 0; i--) {
    if (lit[order[i]!]) continue;
    let spot = order[i]!;
    for (let step = 0; step < reach && parent[spot]! >= 0; step++) spot = parent[spot]!;
    beacons += 1;
    const distance = new Map([[spot, 0]]);
    const frontier = [spot];
    for (let head = 0; head < frontier.length; head++) {
      const hut = frontier[head]!;
      lit[hut] = true;
      if (distance.get(hut) === reach) continue;
      for (const next of [parent[hut]!, trail.left[hut]!, trail.right[hut]!]) {
        if (next < 0 || distance.has(next)) continue;
        distance.set(next, distance.get(hut)! + 1);
        frontier.push(next);
      }
    }
  }
  return beacons;
}

export default function large(random: () => number): TestCase[] {
  const plans: [Trail, number][] = [
    [bushy(60_000, random), 1],
    [bushy(60_000, random), 4],
    [vines(600, random), 40],
  ];
  return plans.map(([trail, reach]) => ({
    args: [levelOrder(trail, random), reach],
    expected: fewestBeacons(trail, reach),
  }));
}
