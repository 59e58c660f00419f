import heapq
from collections import OrderedDict


class ExpiringCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = OrderedDict()  # key -> (value, expires); least recently used first
        self.deadlines = []  # (expires, key), possibly stale: checked against entries when popped

    def _drop_expired(self, now):
        while self.deadlines and self.deadlines[0][0] <= now:
            expires, key = heapq.heappop(self.deadlines)
            entry = self.entries.get(key)
            if entry is not None and entry[1] == expires:
                del self.entries[key]

    def put(self, key, value, ttl, now):
        self._drop_expired(now)
        if key in self.entries:
            self.entries.move_to_end(key)
        elif len(self.entries) == self.capacity:
            self.entries.popitem(last=False)
        self.entries[key] = (value, now + ttl)
        heapq.heappush(self.deadlines, (now + ttl, key))

    def get(self, key, now):
        self._drop_expired(now)
        entry = self.entries.get(key)
        if entry is None:
            return -1
        self.entries.move_to_end(key)
        return entry[0]

    def size(self, now):
        self._drop_expired(now)
        return len(self.entries)
