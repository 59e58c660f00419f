# Slow: a separate breadth-first search from every nozzle, keeping each cell's minimum
# (O(nozzles * cells)).
from collections import deque


def minutes_until_damp(grid: list[str]) -> int:
    rows, cols = len(grid), len(grid[0])
    best = [[-1] * cols for _ in range(rows)]
    for sr in range(rows):
        for sc in range(cols):
            if grid[sr][sc] != "M":
                continue
            seen = [[False] * cols for _ in range(rows)]
            seen[sr][sc] = True
            queue = deque([(sr, sc, 0)])
            while queue:
                r, c, d = queue.popleft()
                if best[r][c] < 0 or d < best[r][c]:
                    best[r][c] = d
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] and grid[nr][nc] != "#":
                        seen[nr][nc] = True
                        queue.append((nr, nc, d + 1))
    latest = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "P":
                if best[r][c] < 0:
                    return -1
                latest = max(latest, best[r][c])
    return latest
