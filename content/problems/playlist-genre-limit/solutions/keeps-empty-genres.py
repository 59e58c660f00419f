# Wrong on purpose: lowers a genre's count to zero but leaves it in the map, so a genre that has
# left the block is still counted as one of its genres.
def longest_block(genres: list[int], k: int) -> int:
    counts: dict[int, int] = {}
    best = 0
    start = 0
    for end, genre in enumerate(genres):
        counts[genre] = counts.get(genre, 0) + 1
        while len(counts) > k and start <= end:
            counts[genres[start]] -= 1
            start += 1
        best = max(best, end - start + 1)
    return best
