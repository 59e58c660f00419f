# Slow: tries every box size from 1 to n (O(n)).
def total_full_boxes(n: int) -> int:
    return sum(n // k for k in range(1, n + 1))
