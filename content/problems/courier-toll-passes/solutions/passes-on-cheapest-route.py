# Wrong: finds the cheapest route ignoring the passes, then spends them on its dearest roads. A
# route with one very dear road can be the best once a pass covers it.
import heapq


def cheapest_tolls(n: int, roads: list[list[int]], passes: int) -> int:
    links = [[] for _ in range(n)]
    for a, b, toll in roads:
        links[a].append((b, toll))
        links[b].append((a, toll))
    best = [None] * n
    came_by = [(-1, 0)] * n
    heap = [(0, 0, (-1, 0))]
    while heap:
        paid, junction, toll_in = heapq.heappop(heap)
        if best[junction] is not None:
            continue
        best[junction] = paid
        came_by[junction] = toll_in
        for nxt, toll in links[junction]:
            if best[nxt] is None:
                heapq.heappush(heap, (paid + toll, nxt, (junction, toll)))
    if best[n - 1] is None:
        return -1
    tolls = []
    junction = n - 1
    while junction != 0:
        junction, toll = came_by[junction]
        tolls.append(toll)
    tolls.sort(reverse=True)
    return best[n - 1] - sum(tolls[:passes])
