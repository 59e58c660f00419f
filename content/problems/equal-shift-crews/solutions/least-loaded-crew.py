# Bug: greedy, not a search. Hands the longest shifts out first, each to the crew with the fewest
# hours so far, and gives up when that does not come out even.
def equal_crews(hours, crews):
    split = [[] for _ in range(crews)]
    loads = [0] * crews
    for h in sorted(hours, reverse=True):
        lightest = loads.index(min(loads))
        split[lightest].append(h)
        loads[lightest] += h
    return split if len(set(loads)) == 1 else []
