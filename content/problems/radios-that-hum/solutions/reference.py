def hum_pairs(codes, limit):
    # A binary trie of the codes seen so far, each node counting the codes below it. Walking down
    # the bits of limit: wherever limit has a 1, every code whose XOR has a 0 there is smaller.
    # Node 0 is the root and also stands for "no child" (nothing points back at the root).
    bits = range(16, -1, -1)  # codes fit in 16 bits; limit may be 2^16, which needs a 17th
    child = [0, 0]  # child[2 * node + bit]
    below = [0]
    pairs = 0
    for code in codes:
        node = 0
        for bit in bits:
            c = (code >> bit) & 1
            if (limit >> bit) & 1:
                pairs += below[child[2 * node + c]]
                node = child[2 * node + (c ^ 1)]
            else:
                node = child[2 * node + c]
            if node == 0:
                break
        node = 0
        for bit in bits:
            slot = 2 * node + ((code >> bit) & 1)
            if child[slot] == 0:
                child[slot] = len(below)
                child += (0, 0)
                below.append(0)
            node = child[slot]
            below[node] += 1
    return pairs
