# Wrong: walks the runs of sizes that give the same number of boxes, but counts each run one size
# short.
def total_full_boxes(n: int) -> int:
    total = 0
    k = 1
    while k <= n:
        boxes = n // k
        last = n // boxes
        total += boxes * (last - k)
        k = last + 1
    return total
