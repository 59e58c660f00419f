# Correct but slow: the same greedy (darkest-deepest hut first, beacon `reach` steps above it), but
# after every beacon it recomputes which huts are lit with a search over the whole tree: O(n * beacons).
def fewest_beacons(root, reach):
    if root is None:
        return 0
    parent, depth, order = {root: None}, {root: 0}, [root]
    for hut in order:
        for child in (hut.left, hut.right):
            if child is not None:
                parent[child], depth[child] = hut, depth[hut] + 1
                order.append(child)
    beacons, lit = [], set()
    for hut in sorted(order, key=lambda h: -depth[h]):
        if hut in lit:
            continue
        spot = hut
        for _ in range(reach):
            if parent[spot] is None:
                break
            spot = parent[spot]
        beacons.append(spot)
        seen, frontier = {b: 0 for b in beacons}, list(beacons)
        for node in frontier:
            if seen[node] == reach:
                continue
            for other in (parent[node], node.left, node.right):
                if other is not None and other not in seen:
                    seen[other] = seen[node] + 1
                    frontier.append(other)
        lit = set(seen)
    return len(beacons)
