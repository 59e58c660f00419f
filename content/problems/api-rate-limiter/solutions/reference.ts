class RateLimiter {
  /** client -> times of its allowed requests; those before `start` have left the window. */
  private readonly recent = new Map<number, { times: number[]; start: number }>();

  constructor(
    private readonly limit: number,
    private readonly window: number,
  ) {}

  allow(client: number, now: number): boolean {
    const log = this.inside(client, now);
    if (log.times.length - log.start >= this.limit) return false;
    log.times.push(now);
    return true;
  }

  retryAfter(client: number, now: number): number {
    const log = this.inside(client, now);
    return log.times.length - log.start < this.limit ? 0 : log.times[log.start]! + this.window - now;
  }

  private inside(client: number, now: number): { times: number[]; start: number } {
    let log = this.recent.get(client);
    if (!log) this.recent.set(client, (log = { times: [], start: 0 }));
    // A request made at time t counts until time t + window, not at it.
    while (log.start < log.times.length && log.times[log.start]! <= now - this.window) log.start += 1;
    // Drop the expired prefix now and then, so the array does not grow without bound.
    if (log.start > 1024 && log.start * 2 > log.times.length) {
      log.times = log.times.slice(log.start);
      log.start = 0;
    }
    return log;
  }
}
