def first_repeated_badge(scans: list[int]) -> int:
    seen: set[int] = set()
    for badge in scans:
        if badge in seen:
            return badge
        seen.add(badge)
    return -1
