# Correct but slow: tries each prefix length against every other name, O(n^2 * length).
def mention_prefixes(names):
    result = []
    for name in names:
        chosen = name
        for length in range(1, len(name) + 1):
            prefix = name[:length]
            if not any(other != name and other.startswith(prefix) for other in names):
                chosen = prefix
                break
        result.append(chosen)
    return result
