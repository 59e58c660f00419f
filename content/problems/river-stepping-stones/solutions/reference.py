from collections import deque

SUBMERGED = -1


def least_wobble(wobble: list[int], max_jump: int) -> int:
    # best[i]: least total wobble of a crossing that ends on stone i. The stone to jump from is
    # the cheapest of the last max_jump reachable stones: a deque keeps their indices with best
    # increasing, so its front is that cheapest one.
    n = len(wobble)
    best = [-1] * n
    best[0] = wobble[0]
    window = deque([0])
    for i in range(1, n):
        while window and window[0] < i - max_jump:
            window.popleft()
        if wobble[i] == SUBMERGED or not window:
            continue
        best[i] = best[window[0]] + wobble[i]
        while window and best[window[-1]] >= best[i]:
            window.pop()
        window.append(i)
    return best[n - 1]
