from math import isqrt


def total_full_boxes(n: int) -> int:
    # Full boxes of size k are the pairs (k, m) with k * m <= n. The pairs are symmetric about
    # k = m, so count those with k <= sqrt(n), double, and remove the square counted twice.
    root = isqrt(n)
    return 2 * sum(n // k for k in range(1, root + 1)) - root * root
