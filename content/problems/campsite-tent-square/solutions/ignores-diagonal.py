# Wrong: grows from the squares above and to the left only, missing a rock at the diagonal corner.
def largest_tent_side(field: list[str]) -> int:
    cols = len(field[0])
    above = [0] * (cols + 1)
    best = 0
    for line in field:
        side = [0] * (cols + 1)
        for c, cell in enumerate(line, start=1):
            if cell == ".":
                side[c] = 1 + min(above[c], side[c - 1])
                best = max(best, side[c])
        above = side
    return best
