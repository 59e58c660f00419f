# Bug: a code whose XOR equals limit exactly is counted too (<= instead of <).
def hum_pairs(codes, limit):
    children, below = [[0, 0]], [0]
    pairs = 0
    for code in codes:
        node = 0
        for bit in range(16, -1, -1):
            c, l = (code >> bit) & 1, (limit >> bit) & 1
            if l:
                pairs += below[children[node][c]] if children[node][c] else 0
                node = children[node][c ^ 1]
            else:
                node = children[node][c]
            if node == 0:
                break
        else:
            pairs += below[node]
        node = 0
        for bit in range(16, -1, -1):
            c = (code >> bit) & 1
            if not children[node][c]:
                children[node][c] = len(below)
                children.append([0, 0])
                below.append(0)
            node = children[node][c]
            below[node] += 1
    return pairs
