# Slow: from every top-left corner, grows the square one row and column at a time, checking each
# new cell (O(rows * cols * side^2)).
def largest_tent_side(field: list[str]) -> int:
    rows, cols = len(field), len(field[0])
    best = 0
    for top in range(rows):
        for left in range(cols):
            side = 0
            while top + side < rows and left + side < cols:
                edge = side
                if any(field[top + edge][left + k] != "." for k in range(edge + 1)):
                    break
                if any(field[top + k][left + edge] != "." for k in range(edge)):
                    break
                side += 1
            best = max(best, side)
    return best
