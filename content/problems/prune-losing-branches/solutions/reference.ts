function pruneLosingBranches(root: TreeNode | null): TreeNode | null {
  if (root === null) return null;
  // Parents come before their children in `order`, so walking it backwards visits children first.
  const order: TreeNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const knot = stack.pop()!;
    order.push(knot);
    if (knot.left) stack.push(knot.left);
    if (knot.right) stack.push(knot.right);
  }
  const total = new Map<TreeNode, number>();
  // The total a kept child adds to its parent, or null when the child is cut.
  const kept = (child: TreeNode | null): number | null => {
    const value = child === null ? 0 : total.get(child)!;
    return value < 0 ? null : value;
  };
  for (let i = order.length - 1; i >= 0; i--) {
    const knot = order[i]!;
    const left = kept(knot.left);
    const right = kept(knot.right);
    if (left === null) knot.left = null;
    if (right === null) knot.right = null;
    total.set(knot, knot.val + (left ?? 0) + (right ?? 0));
  }
  return total.get(root)! < 0 ? null : root;
}
