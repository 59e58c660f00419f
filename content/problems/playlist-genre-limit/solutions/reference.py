from collections import defaultdict


def longest_block(genres: list[int], k: int) -> int:
    counts: defaultdict[int, int] = defaultdict(int)
    best = 0
    start = 0
    for end, genre in enumerate(genres):
        counts[genre] += 1
        # Drop tracks from the front until the block is back to at most k genres.
        while len(counts) > k:
            first = genres[start]
            counts[first] -= 1
            if counts[first] == 0:
                del counts[first]
            start += 1
        best = max(best, end - start + 1)
    return best
