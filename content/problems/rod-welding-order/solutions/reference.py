def min_welding_cost(lengths: list[int]) -> int:
    # cost[i][j]: cheapest way to weld bars i..j into one. The last weld joins some i..k with
    # k+1..j and always costs the whole run's length, whatever the split.
    n = len(lengths)
    prefix = [0]
    for length in lengths:
        prefix.append(prefix[-1] + length)
    cost = [[0] * n for _ in range(n)]
    for span in range(2, n + 1):
        for i in range(n - span + 1):
            j = i + span - 1
            left, right = cost[i], cost
            cost[i][j] = min(left[k] + right[k + 1][j] for k in range(i, j)) + prefix[j + 1] - prefix[i]
    return cost[0][n - 1]
