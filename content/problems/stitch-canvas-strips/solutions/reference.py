import heapq


def thread_needed(strips):
    table = list(strips)
    heapq.heapify(table)
    thread = 0
    while len(table) > 1:
        seam = heapq.heappop(table) + heapq.heappop(table)
        thread += seam
        heapq.heappush(table, seam)
    return thread
