# Wrong on purpose: treats a load equal to the limit as too heavy.
def heaviest_pair(weights: list[int], limit: int) -> int:
    best = -1
    left, right = 0, len(weights) - 1
    while left < right:
        total = weights[left] + weights[right]
        if total >= limit:
            right -= 1
        else:
            best = max(best, total)
            left += 1
    return best
