def mention_prefixes(names):
    # A trie whose nodes count how many names pass through them: the first node a single name
    # passes through ends that name's mention prefix.
    root = {}
    for name in names:
        node = root
        for letter in name:
            node = node.setdefault(letter, {"#": 0})
            node["#"] += 1
    result = []
    for name in names:
        node, length = root, len(name)
        for depth, letter in enumerate(name, start=1):
            node = node[letter]
            if node["#"] == 1:
                length = depth
                break
        result.append(name[:length])
    return result
