# Wrong: always welds the neighbouring pair with the smallest combined length. Cheap now can be
# dear later: [7, 8, 4, 8] costs 58 this way, 54 at best.
def min_welding_cost(lengths: list[int]) -> int:
    bars = list(lengths)
    total = 0
    while len(bars) > 1:
        k = min(range(len(bars) - 1), key=lambda i: bars[i] + bars[i + 1])
        joined = bars[k] + bars[k + 1]
        total += joined
        bars[k : k + 2] = [joined]
    return total
