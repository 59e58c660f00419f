# Bug: decides each cut on the branch's total before its own children were pruned.
def prune_losing_branches(root):
    if root is None:
        return None
    order, stack = [], [root]
    while stack:
        knot = stack.pop()
        order.append(knot)
        stack.extend(child for child in (knot.left, knot.right) if child is not None)
    total = {None: 0}
    for knot in reversed(order):
        total[knot] = knot.val + total[knot.left] + total[knot.right]
    for knot in order:
        if knot.left is not None and total[knot.left] < 0:
            knot.left = None
        if knot.right is not None and total[knot.right] < 0:
            knot.right = None
    return None if total[root] < 0 else root
