PANELS = 31


def longest_working_run(status: int) -> int:
    # For each panel, `current` counts the working run ending here and `bridged` the best run
    # ending here that has used the one repair.
    best = current = bridged = 0
    for i in range(PANELS):
        if status >> i & 1:
            current += 1
            bridged += 1
        else:
            bridged = current + 1
            current = 0
        best = max(best, current, bridged)
    return best
