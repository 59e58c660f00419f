# Bug: stops at the last shared node instead of the first unshared one, one letter short.
def mention_prefixes(names):
    root = {}
    for name in names:
        node = root
        for letter in name:
            node = node.setdefault(letter, {"#": 0})
            node["#"] += 1
    result = []
    for name in names:
        node, length = root, len(name)
        for depth, letter in enumerate(name):
            node = node[letter]
            if node["#"] == 1:
                length = max(depth, 1)
                break
        result.append(name[:length])
    return result
