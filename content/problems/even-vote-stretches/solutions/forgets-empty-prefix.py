# Wrong on purpose: never records the balance before the first vote, so stretches that start at
# position 0 are missed ("YN" gives 0 instead of 1).
def even_stretches(votes: str) -> int:
    seen: dict[int, int] = {}
    balance = 0
    total = 0
    for vote in votes:
        if vote == "Y":
            balance += 1
        elif vote == "N":
            balance -= 1
        total += seen.get(balance, 0)
        seen[balance] = seen.get(balance, 0) + 1
    return total
