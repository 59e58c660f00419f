# Slow on purpose: walks every section with a running minimum, O(n^2).
def weakest_link_total(strengths: list[int]) -> int:
    total = 0
    for start in range(len(strengths)):
        weakest = strengths[start]
        for strength in strengths[start:]:
            if strength < weakest:
                weakest = strength
            total += weakest
    return total
