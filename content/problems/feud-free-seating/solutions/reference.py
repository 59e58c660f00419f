def seating_plans(guests, feuds):
    enemies = {guest: set() for guest in guests}
    for a, b in feuds:
        enemies[a].add(b)
        enemies[b].add(a)
    plans, row, seated = [], [], set()

    def seat_next():
        if len(row) == len(guests):
            plans.append(list(row))
            return
        for guest in guests:
            # Prune at once: a guest never sits beside an enemy, so no doomed row is extended.
            if guest in seated or (row and row[-1] in enemies[guest]):
                continue
            row.append(guest)
            seated.add(guest)
            seat_next()
            seated.discard(guest)
            row.pop()

    seat_next()
    return plans
