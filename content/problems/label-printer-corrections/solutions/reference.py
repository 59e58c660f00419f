def cheapest_correction(printed: str, wanted: str, insert_cost: int, delete_cost: int, replace_cost: int) -> int:
    # cost[j]: cheapest way to turn the printed prefix seen so far into wanted[:j], one row per
    # printed character.
    cost = [j * insert_cost for j in range(len(wanted) + 1)]
    for i, have in enumerate(printed, start=1):
        row = [i * delete_cost]
        for j, want in enumerate(wanted, start=1):
            keep_or_overprint = cost[j - 1] + (0 if have == want else replace_cost)
            row.append(min(keep_or_overprint, cost[j] + delete_cost, row[j - 1] + insert_cost))
        cost = row
    return cost[-1]
