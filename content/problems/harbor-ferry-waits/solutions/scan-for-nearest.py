# Slow: Dijkstra that finds the next harbor to settle by scanning all of them (O(n^2)).
def fastest_crossing(waits: list[int], routes: list[list[int]]) -> int:
    n = len(waits)
    sailings = [[] for _ in range(n)]
    for a, b, minutes in routes:
        sailings[a].append((b, minutes))
        sailings[b].append((a, minutes))
    unknown = float("inf")
    time = [unknown] * n
    time[0] = 0
    settled = [False] * n
    for _ in range(n):
        harbor = -1
        for h in range(n):
            if not settled[h] and (harbor < 0 or time[h] < time[harbor]):
                harbor = h
        if time[harbor] == unknown:
            break
        settled[harbor] = True
        for nxt, minutes in sailings[harbor]:
            time[nxt] = min(time[nxt], time[harbor] + waits[harbor] + minutes)
    return -1 if time[n - 1] == unknown else time[n - 1]
