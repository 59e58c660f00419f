# Bug: never checks whether the member already holds a locker, so renting twice takes a second one.
import heapq


class BikeLockers:
    def __init__(self, count):
        self.free = list(range(1, count + 1))
        self.held = {}

    def rent(self, member):
        if not self.free:
            return -1
        self.held[member] = heapq.heappop(self.free)
        return self.held[member]

    def release(self, member):
        locker = self.held.pop(member, -1)
        if locker != -1:
            heapq.heappush(self.free, locker)
        return locker

    def locker_of(self, member):
        return self.held.get(member, -1)
