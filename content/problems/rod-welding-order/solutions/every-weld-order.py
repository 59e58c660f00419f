# Slow: tries every order of welds (factorial in the number of bars).
def min_welding_cost(lengths: list[int]) -> int:
    if len(lengths) == 1:
        return 0
    best = None
    for k in range(len(lengths) - 1):
        joined = lengths[k] + lengths[k + 1]
        rest = min_welding_cost(lengths[:k] + [joined] + lengths[k + 2 :])
        if best is None or joined + rest < best:
            best = joined + rest
    return best
