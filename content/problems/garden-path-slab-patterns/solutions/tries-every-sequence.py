# Slow: walks every paving one slab at a time (exponential in the length).
MODULUS = 1_000_000_007


def count_slab_patterns(length: int, sizes: list[int]) -> int:
    count = 0
    stack = [0]
    while stack:
        laid = stack.pop()
        if laid == length:
            count += 1
            continue
        for size in sizes:
            if laid + size <= length:
                stack.append(laid + size)
    return count % MODULUS
