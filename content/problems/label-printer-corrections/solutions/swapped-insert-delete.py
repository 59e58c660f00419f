# Wrong: moving down the table (a printed character used up) is charged as an insertion and moving
# right as a deletion: right only when the two costs are equal.
def cheapest_correction(printed: str, wanted: str, insert_cost: int, delete_cost: int, replace_cost: int) -> int:
    cost = [j * delete_cost for j in range(len(wanted) + 1)]
    for i, have in enumerate(printed, start=1):
        row = [i * insert_cost]
        for j, want in enumerate(wanted, start=1):
            keep_or_overprint = cost[j - 1] + (0 if have == want else replace_cost)
            row.append(min(keep_or_overprint, cost[j] + insert_cost, row[j - 1] + delete_cost))
        cost = row
    return cost[-1]
