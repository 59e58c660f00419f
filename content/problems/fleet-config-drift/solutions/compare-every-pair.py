# Slow: XORs every pair of devices and counts the differing settings (O(n^2)).
def total_drift(configs: list[int]) -> int:
    total = 0
    for i in range(len(configs)):
        for j in range(i + 1, len(configs)):
            total += bin(configs[i] ^ configs[j]).count("1")
    return total
