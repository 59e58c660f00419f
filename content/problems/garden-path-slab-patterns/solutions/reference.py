MODULUS = 1_000_000_007


def count_slab_patterns(length: int, sizes: list[int]) -> int:
    # ways[i]: pavings of the first i decimetres; the last slab laid has one of the sizes.
    ways = [0] * (length + 1)
    ways[0] = 1
    for i in range(1, length + 1):
        ways[i] = sum(ways[i - size] for size in sizes if size <= i) % MODULUS
    return ways[length]
