# Wrong: only sensors that appear in some link are counted, so with no links the answer is 0.
def largest_cluster(n: int, links: list[list[int]]) -> int:
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        parent[find(a)] = find(b)
    counts = {}
    for x in parent:
        root = find(x)
        counts[root] = counts.get(root, 0) + 1
    return max(counts.values(), default=0)
