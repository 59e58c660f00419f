def heaviest_pair(weights: list[int], limit: int) -> int:
    best = -1
    left, right = 0, len(weights) - 1
    while left < right:
        total = weights[left] + weights[right]
        if total > limit:
            right -= 1  # the heaviest crate is too heavy even with the lightest one
        else:
            best = max(best, total)
            left += 1  # a heavier partner for weights[right] may still fit
    return best
