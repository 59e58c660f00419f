from collections import defaultdict


def even_stretches(votes: str) -> int:
    # A stretch (i, j] is even when the running yes-minus-no balance is equal at i and at j.
    seen: defaultdict[int, int] = defaultdict(int)
    seen[0] = 1
    balance = 0
    total = 0
    for vote in votes:
        if vote == "Y":
            balance += 1
        elif vote == "N":
            balance -= 1
        total += seen[balance]
        seen[balance] += 1
    return total
