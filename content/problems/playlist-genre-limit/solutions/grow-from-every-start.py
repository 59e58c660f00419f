# Slow on purpose: grows a block from every start position, O(n * longest block).
def longest_block(genres: list[int], k: int) -> int:
    best = 0
    for start in range(len(genres)):
        seen: set[int] = set()
        end = start
        while end < len(genres) and (genres[end] in seen or len(seen) < k):
            seen.add(genres[end])
            end += 1
        best = max(best, end - start)
    return best
