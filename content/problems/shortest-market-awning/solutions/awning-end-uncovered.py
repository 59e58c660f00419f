# Wrong on purpose: a stall exactly at an awning's far end is treated as still in the rain
# (`>=` where `>` belongs), so tight answers come out one metre too long.
def shortest_awning(stalls: list[int], k: int) -> int:
    positions = sorted(stalls)

    def awnings_needed(length: int) -> int:
        count = 0
        covered_to = -1
        for position in positions:
            if position >= covered_to:
                count += 1
                covered_to = position + length
        return count

    low, high = 0, positions[-1] - positions[0]
    while low < high:
        mid = (low + high) // 2
        if awnings_needed(mid) <= k:
            high = mid
        else:
            low = mid + 1
    return low
