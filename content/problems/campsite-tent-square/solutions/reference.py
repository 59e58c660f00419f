def largest_tent_side(field: list[str]) -> int:
    # side[c]: the largest free square whose bottom-right corner is this row's column c. It is
    # one more than the smallest of the squares ending above, to the left and diagonally.
    cols = len(field[0])
    above = [0] * (cols + 1)
    best = 0
    for line in field:
        side = [0] * (cols + 1)
        for c, cell in enumerate(line, start=1):
            if cell == ".":
                side[c] = 1 + min(above[c], side[c - 1], above[c - 1])
                if side[c] > best:
                    best = side[c]
        above = side
    return best
