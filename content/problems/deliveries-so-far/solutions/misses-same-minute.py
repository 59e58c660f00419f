from bisect import bisect_left


# Wrong on purpose: bisect_left counts the vans *before* the minute, missing those arriving at it.
def deliveries_so_far(times: list[int], queries: list[int]) -> list[int]:
    return [bisect_left(times, minute) for minute in queries]
