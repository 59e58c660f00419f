# Bug: one heap keyed by the minute a kiln empties, so an early-emptied kiln beats a lower number.
import heapq


def assign_kilns(kilns, arrival, firing):
    kiln_heap, used, clock = [(0, kiln) for kiln in range(kilns)], [], 0
    for arrives, minutes in zip(arrival, firing):
        empties, kiln = heapq.heappop(kiln_heap)
        clock = max(clock, arrives, empties)
        used.append(kiln)
        heapq.heappush(kiln_heap, (clock + minutes, kiln))
    return used
