# Wrong: with the sizes in the outer loop, each multiset of slabs is counted once, so 2+3 and 3+2
# are the same paving here.
MODULUS = 1_000_000_007


def count_slab_patterns(length: int, sizes: list[int]) -> int:
    ways = [0] * (length + 1)
    ways[0] = 1
    for size in sizes:
        for i in range(size, length + 1):
            ways[i] = (ways[i] + ways[i - size]) % MODULUS
    return ways[length]
