from bisect import bisect_right


def max_booking_fees(bookings: list[list[int]]) -> int:
    by_end = sorted(bookings, key=lambda booking: booking[1])
    ends = [end for _, end, _ in by_end]
    # best[i]: the best total using only the first i requests in order of end.
    best = [0] * (len(by_end) + 1)
    for i, (start, end, fee) in enumerate(by_end):
        # The requests ending at or before this start are compatible with it.
        compatible = bisect_right(ends, start, 0, i)
        best[i + 1] = max(best[i], best[compatible] + fee)
    return best[-1]
