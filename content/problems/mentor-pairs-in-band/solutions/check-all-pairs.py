# Slow on purpose: checks every pair, O(n^2).
def count_pairs_in_band(years: list[int], low: int, high: int) -> int:
    count = 0
    for i in range(len(years)):
        for j in range(i + 1, len(years)):
            if low <= years[i] + years[j] <= high:
                count += 1
    return count
