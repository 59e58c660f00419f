# Wrong on purpose: when a shift overlaps the current block, its end replaces the block's end even
# if it ends earlier, so a nested shift cuts the block short.
def covered_minutes(shifts: list[list[int]]) -> int:
    total = 0
    current_start, current_end = 0, 0
    for start, end in sorted(shifts):
        if start > current_end:
            total += current_end - current_start
            current_start, current_end = start, end
        else:
            current_end = end
    return total + current_end - current_start
