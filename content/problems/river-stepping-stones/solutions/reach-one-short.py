# Wrong: drops a stone from the window one step too early, so the longest allowed jump is never
# taken.
from collections import deque


def least_wobble(wobble: list[int], max_jump: int) -> int:
    n = len(wobble)
    best = [-1] * n
    best[0] = wobble[0]
    window = deque([0])
    for i in range(1, n):
        while window and window[0] <= i - max_jump:
            window.popleft()
        if wobble[i] == -1 or not window:
            continue
        best[i] = best[window[0]] + wobble[i]
        while window and best[window[-1]] >= best[i]:
            window.pop()
        window.append(i)
    return best[n - 1]
