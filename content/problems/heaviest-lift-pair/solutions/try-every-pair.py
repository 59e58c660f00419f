# Slow on purpose: tries every pair, O(n^2).
def heaviest_pair(weights: list[int], limit: int) -> int:
    best = -1
    for i in range(len(weights)):
        for j in range(i + 1, len(weights)):
            total = weights[i] + weights[j]
            if best < total <= limit:
                best = total
    return best
