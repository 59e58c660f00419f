def equal_crews(hours, crews):
    total = sum(hours)
    if total % crews:
        return []
    share, n = total // crews, len(hours)
    ordered = sorted(hours, reverse=True)
    if ordered[0] > share:
        return []
    everyone = (1 << n) - 1
    # Crews are filled one after another, so the set of workers placed (a bit mask) fixes how
    # full the current crew is: a mask that failed once fails again.
    dead, picks = set(), []

    def fill(placed, load):
        if placed == everyone:
            return True
        if placed in dead:
            return False
        tried = None
        for i in range(n):
            h = ordered[i]
            if placed >> i & 1 or h == tried or load + h > share:
                continue
            tried = h  # an equal worker in the same seat would fail the same way
            picks.append(h)
            if fill(placed | 1 << i, (load + h) % share):
                return True
            picks.pop()
            if load == 0:
                break  # the largest worker left must start some crew: any empty crew will do
        dead.add(placed)
        return False

    if not fill(0, 0):
        return []
    split, crew, load = [], [], 0
    for h in picks:
        crew.append(h)
        load += h
        if load == share:
            split.append(crew)
            crew, load = [], 0
    return split
