def weakest_link_total(strengths: list[int]) -> int:
    # Each link is the weakest of every section reaching from just after the previous strictly
    # weaker link to just before the next weaker-or-equal one (ties go to the leftmost link).
    n = len(strengths)
    left_bound = [-1] * n
    right_bound = [n] * n
    stack: list[int] = []
    for i, strength in enumerate(strengths):
        while stack and strengths[stack[-1]] >= strength:
            right_bound[stack.pop()] = i
        left_bound[i] = stack[-1] if stack else -1
        stack.append(i)
    return sum(
        strength * (i - left_bound[i]) * (right_bound[i] - i)
        for i, strength in enumerate(strengths)
    )
