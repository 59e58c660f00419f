# Slow on purpose: the right greedy, but it finds the longest taken request by scanning a plain
# list each time, O(n^2) when many requests have to be given up.
def max_workshops(workshops: list[list[int]]) -> int:
    taken: list[int] = []
    busy_days = 0
    for days, last_day in sorted(workshops, key=lambda workshop: workshop[1]):
        taken.append(days)
        busy_days += days
        if busy_days > last_day:
            longest = max(taken)
            taken.remove(longest)
            busy_days -= longest
    return len(taken)
