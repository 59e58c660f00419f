# Correct but slow: recomputes the pruned total of every branch from scratch, O(n * height).
def pruned_total(knot):
    if knot is None:
        return 0
    return knot.val + max(0, pruned_total(knot.left)) + max(0, pruned_total(knot.right))


def prune_losing_branches(root):
    if root is None or pruned_total(root) < 0:
        return None
    stack = [root]
    while stack:
        knot = stack.pop()
        if knot.left is not None and pruned_total(knot.left) < 0:
            knot.left = None
        if knot.right is not None and pruned_total(knot.right) < 0:
            knot.right = None
        stack.extend(child for child in (knot.left, knot.right) if child is not None)
    return root
