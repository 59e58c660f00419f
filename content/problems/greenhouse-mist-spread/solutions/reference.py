from collections import deque


def minutes_until_damp(grid: list[str]) -> int:
    # Every nozzle starts the same breadth-first wave, so each cell is reached at its distance to
    # the nearest nozzle; the answer is the latest plant.
    rows, cols = len(grid), len(grid[0])
    minute = [[-1] * cols for _ in range(rows)]
    queue = deque()
    dry_plants = 0
    for r, line in enumerate(grid):
        for c, cell in enumerate(line):
            if cell == "M":
                minute[r][c] = 0
                queue.append((r, c))
            elif cell == "P":
                dry_plants += 1
    latest = 0
    while queue and dry_plants:
        r, c = queue.popleft()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and minute[nr][nc] < 0 and grid[nr][nc] != "#":
                minute[nr][nc] = minute[r][c] + 1
                if grid[nr][nc] == "P":
                    dry_plants -= 1
                    latest = minute[nr][nc]
                queue.append((nr, nc))
    return -1 if dry_plants else latest
