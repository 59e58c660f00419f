type RateLimiter struct {
	limit, window int
	// Per client, the times of its allowed requests still inside the window, oldest first.
	recent map[int][]int
}

func NewRateLimiter(limit int, window int) *RateLimiter {
	return &RateLimiter{limit: limit, window: window, recent: map[int][]int{}}
}

func (r *RateLimiter) inside(client int, now int) []int {
	times := r.recent[client]
	// A request made at time t counts until time t + window, not at it.
	for len(times) > 0 && times[0] <= now-r.window {
		times = times[1:]
	}
	r.recent[client] = times
	return times
}

func (r *RateLimiter) Allow(client int, now int) bool {
	times := r.inside(client, now)
	if len(times) >= r.limit {
		return false
	}
	r.recent[client] = append(times, now)
	return true
}

func (r *RateLimiter) RetryAfter(client int, now int) int {
	times := r.inside(client, now)
	if len(times) < r.limit {
		return 0
	}
	return times[0] + r.window - now
}
