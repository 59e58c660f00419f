# Wrong: for every device, adds the devices that differ from it at each setting, so each pair is
# counted once from each side.
BITS = 30


def total_drift(configs: list[int]) -> int:
    n = len(configs)
    total = 0
    for bit in range(BITS):
        on = sum(config >> bit & 1 for config in configs)
        for config in configs:
            total += n - on if config >> bit & 1 else on
    return total
