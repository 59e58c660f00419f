# Slow on purpose: recomputes the run's warmest and coldest readings from scratch after every
# step, O(n * run length).
def longest_steady_stretch(readings: list[int], tolerance: int) -> int:
    best = 0
    start = 0
    for end in range(len(readings)):
        while max(readings[start : end + 1]) - min(readings[start : end + 1]) > tolerance:
            start += 1
        best = max(best, end - start + 1)
    return best
