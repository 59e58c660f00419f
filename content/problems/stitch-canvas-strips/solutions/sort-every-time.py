# Correct but slow: sorts the whole table before every seam, O(n^2 log n).
def thread_needed(strips):
    table = list(strips)
    thread = 0
    while len(table) > 1:
        table.sort()
        seam = table[0] + table[1]
        thread += seam
        table = table[2:] + [seam]
    return thread
