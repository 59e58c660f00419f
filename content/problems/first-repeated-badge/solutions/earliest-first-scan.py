# Wrong on purpose: returns the repeated badge that was *first seen* earliest, not the one whose
# repeat comes first ([5, 8, 8, 5] gives 5 instead of 8).
def first_repeated_badge(scans: list[int]) -> int:
    counts: dict[int, int] = {}
    for badge in scans:
        counts[badge] = counts.get(badge, 0) + 1
    for badge in scans:
        if counts[badge] > 1:
            return badge
    return -1
