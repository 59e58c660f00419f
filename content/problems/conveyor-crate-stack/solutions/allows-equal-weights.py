# Wrong: bisect_right lets a crate go on one of exactly the same weight, which is not lighter.
from bisect import bisect_right


def tallest_stack(weights: list[int]) -> int:
    tops = []
    for weight in weights:
        k = bisect_right(tops, -weight)
        if k == len(tops):
            tops.append(-weight)
        else:
            tops[k] = -weight
    return len(tops)
