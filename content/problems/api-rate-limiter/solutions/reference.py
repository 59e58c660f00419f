from collections import deque


class RateLimiter:
    def __init__(self, limit, window):
        self.limit = limit
        self.window = window
        self.recent = {}  # client -> times of its allowed requests still inside the window

    def _inside(self, client, now):
        times = self.recent.setdefault(client, deque())
        # A request made at time t counts until time t + window, not at it.
        while times and times[0] <= now - self.window:
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
        return 0 if len(times) < self.limit else times[0] + self.window - now
