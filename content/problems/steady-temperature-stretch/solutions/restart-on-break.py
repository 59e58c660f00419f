# Wrong on purpose: when a reading breaks the tolerance it starts a fresh run at that reading,
# forgetting that the end of the broken run may still belong to the next one ([1, 3, 5, 4], 2).
def longest_steady_stretch(readings: list[int], tolerance: int) -> int:
    best = 0
    start = 0
    high = low = readings[0]
    for end, reading in enumerate(readings):
        high = max(high, reading)
        low = min(low, reading)
        if high - low > tolerance:
            start = end
            high = low = reading
        best = max(best, end - start + 1)
    return best
