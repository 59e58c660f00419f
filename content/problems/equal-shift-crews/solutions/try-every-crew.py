# Correct but slow: tries every crew for every worker with no memory of failed states and no
# symmetry breaking, up to crews^n placements when no split exists.
def equal_crews(hours, crews):
    total = sum(hours)
    if total % crews:
        return []
    share = total // crews
    split = [[] for _ in range(crews)]
    loads = [0] * crews

    def place(i):
        if i == len(hours):
            return True
        for c in range(crews):
            if loads[c] + hours[i] <= share:
                loads[c] += hours[i]
                split[c].append(hours[i])
                if place(i + 1):
                    return True
                loads[c] -= hours[i]
                split[c].pop()
        return False

    return split if place(0) else []
