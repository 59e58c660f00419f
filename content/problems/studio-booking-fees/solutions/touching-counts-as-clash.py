from bisect import bisect_left


# Wrong on purpose: only requests ending strictly before a start count as compatible, so a band
# may not start in the hour the previous one leaves.
def max_booking_fees(bookings: list[list[int]]) -> int:
    by_end = sorted(bookings, key=lambda booking: booking[1])
    ends = [end for _, end, _ in by_end]
    best = [0] * (len(by_end) + 1)
    for i, (start, end, fee) in enumerate(by_end):
        compatible = bisect_left(ends, start, 0, i)
        best[i + 1] = max(best[i], best[compatible] + fee)
    return best[-1]
