import heapq


def cheapest_tolls(n: int, roads: list[list[int]], passes: int) -> int:
    # Dijkstra over (junction, passes used): each road is either paid for, or taken free with
    # one more pass, which moves to the next layer of states.
    links = [[] for _ in range(n)]
    for a, b, toll in roads:
        links[a].append((b, toll))
        links[b].append((a, toll))
    settled = [[False] * (passes + 1) for _ in range(n)]
    heap = [(0, 0, 0)]
    while heap:
        paid, junction, used = heapq.heappop(heap)
        if settled[junction][used]:
            continue
        settled[junction][used] = True
        if junction == n - 1:
            return paid
        for nxt, toll in links[junction]:
            if not settled[nxt][used]:
                heapq.heappush(heap, (paid + toll, nxt, used))
            if used < passes and not settled[nxt][used + 1]:
                heapq.heappush(heap, (paid, nxt, used + 1))
    return -1
