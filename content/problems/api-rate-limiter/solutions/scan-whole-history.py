# Correct but slow: keeps every allowed request forever and counts the recent ones on each call.
class RateLimiter:
    def __init__(self, limit, window):
        self.limit, self.window, self.history = limit, window, {}

    def _recent(self, client, now):
        return [t for t in self.history.get(client, []) if t > now - self.window]

    def allow(self, client, now):
        if len(self._recent(client, now)) >= self.limit:
            return False
        self.history.setdefault(client, []).append(now)
        return True

    def retry_after(self, client, now):
        recent = self._recent(client, now)
        return 0 if len(recent) < self.limit else recent[0] + self.window - now
