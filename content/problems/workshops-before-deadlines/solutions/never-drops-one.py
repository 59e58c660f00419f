# Wrong on purpose: takes requests in order of deadline while they fit and never reconsiders, so a
# long early request can crowd out several short later ones.
def max_workshops(workshops: list[list[int]]) -> int:
    count = 0
    busy_days = 0
    for days, last_day in sorted(workshops, key=lambda workshop: workshop[1]):
        if busy_days + days <= last_day:
            busy_days += days
            count += 1
    return count
