# Slow: every link that joins two clusters relabels one of them by scanning all n sensors (O(n * links)).
def largest_cluster(n: int, links: list[list[int]]) -> int:
    label = list(range(n))
    for a, b in links:
        old, new = label[b], label[a]
        if old == new:
            continue
        for x in range(n):
            if label[x] == old:
                label[x] = new
    counts = {}
    for x in label:
        counts[x] = counts.get(x, 0) + 1
    return max(counts.values())
