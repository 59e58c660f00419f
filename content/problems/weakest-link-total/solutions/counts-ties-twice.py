# Wrong on purpose: a link's reach stops only at strictly weaker links on both sides, so a section
# holding two equal weakest links is credited to both ([2, 2] gives 8 instead of 6).
def weakest_link_total(strengths: list[int]) -> int:
    n = len(strengths)
    left_bound = [-1] * n
    right_bound = [n] * n
    stack: list[int] = []
    for i, strength in enumerate(strengths):
        while stack and strengths[stack[-1]] > strength:
            right_bound[stack.pop()] = i
        stack.append(i)
    stack = []
    for i in range(n - 1, -1, -1):
        while stack and strengths[stack[-1]] > strengths[i]:
            left_bound[stack.pop()] = i
        stack.append(i)
    return sum(
        strength * (i - left_bound[i]) * (right_bound[i] - i)
        for i, strength in enumerate(strengths)
    )
