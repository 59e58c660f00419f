from bisect import bisect_right


def deliveries_so_far(times: list[int], queries: list[int]) -> list[int]:
    # bisect_right gives the number of arrivals at or before each minute.
    return [bisect_right(times, minute) for minute in queries]
