# Bug: a request made exactly `window` seconds ago still counts (off by one at the window's edge).
from collections import deque


class RateLimiter:
    def __init__(self, limit, window):
        self.limit, self.window, self.recent = limit, window, {}

    def _inside(self, client, now):
        times = self.recent.setdefault(client, deque())
        while times and times[0] < now - self.window:
            times.popleft()
        return times

    def allow(self, client, now):
        times = self._inside(client, now)
        if len(times) >= self.limit:
            return False
        times.append(now)
        return True

    def retry_after(self, client, now):
        times = self._inside(client, now)
        return 0 if len(times) < self.limit else times[0] + self.window + 1 - now
