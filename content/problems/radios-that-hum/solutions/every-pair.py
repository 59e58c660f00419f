# Correct but slow: checks every pair, O(n^2).
def hum_pairs(codes, limit):
    pairs = 0
    for i in range(len(codes)):
        a = codes[i]
        for j in range(i + 1, len(codes)):
            if a ^ codes[j] < limit:
                pairs += 1
    return pairs
