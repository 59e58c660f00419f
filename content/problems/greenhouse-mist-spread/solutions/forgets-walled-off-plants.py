# Wrong: reports the latest plant the mist reaches and never notices plants it cannot reach.
from collections import deque


def minutes_until_damp(grid: list[str]) -> int:
    rows, cols = len(grid), len(grid[0])
    minute = {}
    queue = deque()
    for r, line in enumerate(grid):
        for c, cell in enumerate(line):
            if cell == "M":
                minute[(r, c)] = 0
                queue.append((r, c))
    latest = 0
    while queue:
        r, c = queue.popleft()
        if grid[r][c] == "P":
            latest = max(latest, minute[(r, c)])
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in minute and grid[nr][nc] != "#":
                minute[(nr, nc)] = minute[(r, c)] + 1
                queue.append((nr, nc))
    return latest
