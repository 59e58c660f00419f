import heapq


def assign_kilns(kilns, arrival, firing):
    free = list(range(kilns))  # kiln numbers, lowest first (already a heap)
    busy = []  # (time it frees up, kiln)
    used = []
    clock = 0  # when the batch at the head of the queue can start: never before the one ahead of it
    for arrives, minutes in zip(arrival, firing):
        clock = max(clock, arrives)
        while busy and busy[0][0] <= clock:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if not free:
            # Wait for the earliest kiln; every kiln freeing at that same moment competes by number.
            clock = busy[0][0]
            while busy and busy[0][0] == clock:
                heapq.heappush(free, heapq.heappop(busy)[1])
        kiln = heapq.heappop(free)
        used.append(kiln)
        heapq.heappush(busy, (clock + minutes, kiln))
    return used
