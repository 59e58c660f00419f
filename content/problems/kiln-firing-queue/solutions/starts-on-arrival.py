# Bug: a batch starts as soon as it arrives and a kiln is in the free heap, even when the batch
# ahead of it had to wait until later (the kilns freed at that later minute look empty too early).
import heapq


def assign_kilns(kilns, arrival, firing):
    free, busy, used = list(range(kilns)), [], []
    for arrives, minutes in zip(arrival, firing):
        while busy and busy[0][0] <= arrives:
            heapq.heappush(free, heapq.heappop(busy)[1])
        start = arrives
        if not free:
            start = busy[0][0]
            while busy and busy[0][0] == start:
                heapq.heappush(free, heapq.heappop(busy)[1])
        kiln = heapq.heappop(free)
        used.append(kiln)
        heapq.heappush(busy, (start + minutes, kiln))
    return used
