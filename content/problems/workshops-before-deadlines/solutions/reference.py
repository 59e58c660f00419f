import heapq


def max_workshops(workshops: list[list[int]]) -> int:
    # Take requests in order of deadline; when the schedule runs late, give up the longest taken
    # one: that keeps the most workshops and leaves the most spare days. heapq is a min-heap, so
    # durations are stored negated.
    taken: list[int] = []
    busy_days = 0
    for days, last_day in sorted(workshops, key=lambda workshop: workshop[1]):
        heapq.heappush(taken, -days)
        busy_days += days
        if busy_days > last_day:
            busy_days += heapq.heappop(taken)
    return len(taken)
