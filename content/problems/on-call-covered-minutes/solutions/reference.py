def covered_minutes(shifts: list[list[int]]) -> int:
    total = 0
    current_start, current_end = 0, 0  # the merged block being built; empty at first
    for start, end in sorted(shifts):
        if start > current_end:
            total += current_end - current_start
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    return total + current_end - current_start
