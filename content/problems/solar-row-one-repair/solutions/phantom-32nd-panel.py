# Wrong: scans 32 bits, so bit 31 (always 0) counts as a broken panel that can be repaired, and a
# row that already fully works reports 32.
def longest_working_run(status: int) -> int:
    best = current = bridged = 0
    for i in range(32):
        if status >> i & 1:
            current += 1
            bridged += 1
        else:
            bridged = current + 1
            current = 0
        best = max(best, bridged)
    return best
