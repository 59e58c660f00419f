# Slow: the same states, but the next one to settle is found by scanning all of them (O(states^2)).
def cheapest_tolls(n: int, roads: list[list[int]], passes: int) -> int:
    links = [[] for _ in range(n)]
    for a, b, toll in roads:
        links[a].append((b, toll))
        links[b].append((a, toll))
    layers = passes + 1
    unknown = float("inf")
    cost = [unknown] * (n * layers)
    cost[0] = 0
    settled = [False] * (n * layers)
    while True:
        state = -1
        for s in range(n * layers):
            if not settled[s] and cost[s] < unknown and (state < 0 or cost[s] < cost[state]):
                state = s
        if state < 0:
            return -1
        settled[state] = True
        junction, used = divmod(state, layers)
        if junction == n - 1:
            return cost[state]
        for nxt, toll in links[junction]:
            same = nxt * layers + used
            cost[same] = min(cost[same], cost[state] + toll)
            if used < passes:
                cost[same + 1] = min(cost[same + 1], cost[state])
