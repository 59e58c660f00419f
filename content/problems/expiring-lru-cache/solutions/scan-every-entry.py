# Correct but slow: every call scans all entries for the expired ones and for the least recently used.
class ExpiringCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = {}  # key -> [value, expires, last used]
        self.uses = 0

    def _forget_expired(self, now):
        self.entries = {key: entry for key, entry in self.entries.items() if entry[1] > now}

    def put(self, key, value, ttl, now):
        self._forget_expired(now)
        if key not in self.entries and len(self.entries) == self.capacity:
            oldest = min(self.entries, key=lambda k: self.entries[k][2])
            del self.entries[oldest]
        self.uses += 1
        self.entries[key] = [value, now + ttl, self.uses]

    def get(self, key, now):
        self._forget_expired(now)
        if key not in self.entries:
            return -1
        self.uses += 1
        self.entries[key][2] = self.uses
        return self.entries[key][0]

    def size(self, now):
        self._forget_expired(now)
        return len(self.entries)
