# Correct but slow: looks at every kiln for every batch, O(n * kilns).
def assign_kilns(kilns, arrival, firing):
    empties = [0] * kilns
    used, clock = [], 0
    for arrives, minutes in zip(arrival, firing):
        clock = max(clock, arrives, min(empties))
        kiln = next(k for k in range(kilns) if empties[k] <= clock)
        used.append(kiln)
        empties[kiln] = clock + minutes
    return used
