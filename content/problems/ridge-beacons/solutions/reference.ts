/**
 * Greedy from the tips down: light a beacon only when the farthest dark hut below is exactly
 * `reach` away, because waiting any longer would leave that hut dark.
 */
function fewestBeacons(root: TreeNode | null, reach: number): number {
  if (root === null) return 0;
  const order: TreeNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const hut = stack.pop()!;
    order.push(hut);
    if (hut.left) stack.push(hut.left);
    if (hut.right) stack.push(hut.right);
  }
  // far: distance to the farthest dark hut below (-Infinity if none); near: to the nearest beacon below.
  const far = new Map<TreeNode, number>();
  const near = new Map<TreeNode, number>();
  let beacons = 0;
  for (let i = order.length - 1; i >= 0; i--) {
    const hut = order[i]!;
    let f = -Infinity;
    let n = Infinity;
    for (const child of [hut.left, hut.right]) {
      if (child === null) continue;
      f = Math.max(f, far.get(child)! + 1);
      n = Math.min(n, near.get(child)! + 1);
    }
    if (n > reach) f = Math.max(f, 0); // the hut itself is dark
    if (f + n <= reach) f = -Infinity; // the nearest beacon below reaches every dark hut through this one
    if (f === reach) {
      beacons += 1;
      f = -Infinity;
      n = 0;
    }
    far.set(hut, f);
    near.set(hut, n);
  }
  // Dark huts left near the lodge need one more beacon, at the lodge.
  return beacons + (far.get(root)! >= 0 ? 1 : 0);
}
