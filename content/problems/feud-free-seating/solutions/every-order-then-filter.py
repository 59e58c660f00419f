# Correct but slow: builds all n! orders (40 million for eleven guests) and only then throws out those with feuding neighbours.
from itertools import permutations


def seating_plans(guests, feuds):
    banned = {frozenset(pair) for pair in feuds}
    return [
        list(order)
        for order in permutations(guests)
        if all(frozenset(order[i : i + 2]) not in banned for i in range(len(order) - 1))
    ]
