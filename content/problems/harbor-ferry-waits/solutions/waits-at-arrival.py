# Wrong: charges the wait of the harbor a ferry arrives at instead of the one it leaves from.
import heapq


def fastest_crossing(waits: list[int], routes: list[list[int]]) -> int:
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
        for nxt, minutes in sailings[harbor]:
            if best[nxt] < 0:
                heapq.heappush(heap, (time + minutes + waits[nxt], nxt))
    return best[n - 1]
