BITS = 30


def total_drift(configs: list[int]) -> int:
    # Each setting (bit) differs for exactly the pairs with one device on and one off.
    n = len(configs)
    total = 0
    for bit in range(BITS):
        on = sum(config >> bit & 1 for config in configs)
        total += on * (n - on)
    return total
