# Slow on purpose: for every request, looks through all requests ending earlier for the best one
# it can follow, O(n^2).
def max_booking_fees(bookings: list[list[int]]) -> int:
    by_end = sorted(bookings, key=lambda booking: booking[1])
    best_with = []  # best total of a set whose last request is by_end[i]
    for i, (start, _, fee) in enumerate(by_end):
        before = 0
        for j in range(i):
            if by_end[j][1] <= start and best_with[j] > before:
                before = best_with[j]
        best_with.append(before + fee)
    return max(best_with, default=0)
