# Slow on purpose: searches the earlier part of the log for every scan, O(n^2).
def first_repeated_badge(scans: list[int]) -> int:
    for i in range(len(scans)):
        for j in range(i):
            if scans[j] == scans[i]:
                return scans[i]
    return -1
