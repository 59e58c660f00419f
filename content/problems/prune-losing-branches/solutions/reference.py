def prune_losing_branches(root):
    if root is None:
        return None
    # Parents come before their children in `order`, so walking it backwards visits children first.
    order, stack = [], [root]
    while stack:
        knot = stack.pop()
        order.append(knot)
        stack.extend(child for child in (knot.left, knot.right) if child is not None)
    total = {}
    for knot in reversed(order):
        value = knot.val
        if knot.left is not None:
            if total[knot.left] < 0:
                knot.left = None
            else:
                value += total[knot.left]
        if knot.right is not None:
            if total[knot.right] < 0:
                knot.right = None
            else:
                value += total[knot.right]
        total[knot] = value
    return None if total[root] < 0 else root
