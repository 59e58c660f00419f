# Bug: the greedy is right, but dark huts still waiting at the lodge never get their beacon.
def fewest_beacons(root, reach):
    if root is None:
        return 0
    order, stack = [], [root]
    while stack:
        hut = stack.pop()
        order.append(hut)
        stack.extend(child for child in (hut.left, hut.right) if child is not None)
    INF = float("inf")
    far, near, beacons = {}, {}, 0
    for hut in reversed(order):
        f, n = -INF, INF
        for child in (hut.left, hut.right):
            if child is not None:
                f = max(f, far[child] + 1)
                n = min(n, near[child] + 1)
        if n > reach:
            f = max(f, 0)
        if f + n <= reach:
            f = -INF
        if f == reach:
            beacons += 1
            f, n = -INF, 0
        far[hut], near[hut] = f, n
    return beacons
