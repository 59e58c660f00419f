import heapq


def fastest_crossing(waits: list[int], routes: list[list[int]]) -> int:
    # Dijkstra where leaving harbor h by a ferry of m minutes costs waits[h] + m.
    n = len(waits)
    sailings = [[] for _ in range(n)]
    for a, b, minutes in routes:
        sailings[a].append((b, minutes))
        sailings[b].append((a, minutes))
    best = [-1] * n
    heap = [(0, 0)]
    while heap:
        time, harbor = heapq.heappop(heap)
        if best[harbor] >= 0:
            continue
        best[harbor] = time
        if harbor == n - 1:
            return time
        for nxt, minutes in sailings[harbor]:
            if best[nxt] < 0:
                heapq.heappush(heap, (time + waits[harbor] + minutes, nxt))
    return -1
