# Slow: tries all three edits at every position without remembering results (exponential).
import sys

sys.setrecursionlimit(10_000)


def cheapest_correction(printed: str, wanted: str, insert_cost: int, delete_cost: int, replace_cost: int) -> int:
    def solve(i: int, j: int) -> int:
        if i == len(printed):
            return (len(wanted) - j) * insert_cost
        if j == len(wanted):
            return (len(printed) - i) * delete_cost
        overprint = solve(i + 1, j + 1) + (0 if printed[i] == wanted[j] else replace_cost)
        return min(overprint, solve(i + 1, j) + delete_cost, solve(i, j + 1) + insert_cost)

    return solve(0, 0)
