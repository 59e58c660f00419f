# Wrong on purpose: subtracts the pairs at most `low` instead of at most `low - 1`, so pairs that
# sum to exactly `low` are lost.
def count_pairs_in_band(years: list[int], low: int, high: int) -> int:
    values = sorted(years)

    def pairs_at_most(cap: int) -> int:
        count = 0
        left, right = 0, len(values) - 1
        while left < right:
            if values[left] + values[right] <= cap:
                count += right - left
                left += 1
            else:
                right -= 1
        return count

    return pairs_at_most(high) - pairs_at_most(low)
