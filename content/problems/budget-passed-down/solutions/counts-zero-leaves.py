# Bug: treats every person as a manager, so a leaf with budget 0 (0 == 0 + 0) is counted.
def intact_managers(org):
    count, stack = 0, [org] if org else []
    while stack:
        person = stack.pop()
        left = person.left.val if person.left else 0
        right = person.right.val if person.right else 0
        if person.val == left + right:
            count += 1
        stack.extend(child for child in (person.left, person.right) if child is not None)
    return count
