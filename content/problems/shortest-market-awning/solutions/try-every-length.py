# Slow on purpose: tries the lengths 0, 1, 2, ... in turn, O(n * answer).
def shortest_awning(stalls: list[int], k: int) -> int:
    positions = sorted(stalls)
    length = 0
    while True:
        count = 0
        covered_to = -1
        for position in positions:
            if position > covered_to:
                count += 1
                covered_to = position + length
        if count <= k:
            return length
        length += 1
