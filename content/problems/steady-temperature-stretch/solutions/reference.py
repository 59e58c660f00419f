from collections import deque


def longest_steady_stretch(readings: list[int], tolerance: int) -> int:
    # Indices whose readings decrease (highs) or increase (lows): the front is the run's extreme.
    highs: deque[int] = deque()
    lows: deque[int] = deque()
    best = 0
    start = 0
    for end, reading in enumerate(readings):
        while highs and readings[highs[-1]] <= reading:
            highs.pop()
        highs.append(end)
        while lows and readings[lows[-1]] >= reading:
            lows.pop()
        lows.append(end)
        while readings[highs[0]] - readings[lows[0]] > tolerance:
            start += 1
            if highs[0] < start:
                highs.popleft()
            if lows[0] < start:
                lows.popleft()
        best = max(best, end - start + 1)
    return best
