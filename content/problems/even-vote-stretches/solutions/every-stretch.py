# Slow on purpose: extends every start position to every end, O(n^2).
def even_stretches(votes: str) -> int:
    total = 0
    for start in range(len(votes)):
        balance = 0
        for vote in votes[start:]:
            if vote == "Y":
                balance += 1
            elif vote == "N":
                balance -= 1
            if balance == 0:
                total += 1
    return total
