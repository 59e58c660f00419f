def fewest_beacons(root, reach):
    """Greedy from the tips down: light a beacon only when the farthest dark hut below is exactly
    `reach` away, because waiting any longer would leave that hut dark."""
    if root is None:
        return 0
    order, stack = [], [root]
    while stack:
        hut = stack.pop()
        order.append(hut)
        stack.extend(child for child in (hut.left, hut.right) if child is not None)
    INF = float("inf")
    # far: distance to the farthest dark hut below (-inf if none); near: to the nearest beacon below.
    far, near, beacons = {}, {}, 0
    for hut in reversed(order):
        f, n = -INF, INF
        for child in (hut.left, hut.right):
            if child is not None:
                f = max(f, far[child] + 1)
                n = min(n, near[child] + 1)
        if n > reach:
            f = max(f, 0)  # the hut itself is dark
        if f + n <= reach:
            f = -INF  # the nearest beacon below reaches every dark hut through this one
        if f == reach:
            beacons += 1
            f, n = -INF, 0
        far[hut], near[hut] = f, n
    # Dark huts left near the lodge need one more beacon, at the lodge.
    return beacons + (1 if far[root] >= 0 else 0)
