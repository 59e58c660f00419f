# Slow: for each stone, looks back at all max_jump stones it could be reached from (O(n * k)).
def least_wobble(wobble: list[int], max_jump: int) -> int:
    n = len(wobble)
    best = [-1] * n
    best[0] = wobble[0]
    for i in range(1, n):
        if wobble[i] == -1:
            continue
        for j in range(max(0, i - max_jump), i):
            if best[j] >= 0 and (best[i] < 0 or best[j] + wobble[i] < best[i]):
                best[i] = best[j] + wobble[i]
    return best[n - 1]
