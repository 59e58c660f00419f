from bisect import bisect_left


def tallest_stack(weights: list[int]) -> int:
    # A stack that gets lighter going up is a strictly increasing run read with negated weights.
    # tops[k] is the smallest negated weight that can end a stack of k + 1 crates.
    tops = []
    for weight in weights:
        key = -weight
        k = bisect_left(tops, key)
        if k == len(tops):
            tops.append(key)
        else:
            tops[k] = key
    return len(tops)
