def intact_managers(org):
    # An explicit stack instead of recursion: a tall tree cannot overflow the call stack.
    count, stack = 0, [org] if org else []
    while stack:
        person = stack.pop()
        reports = [child for child in (person.left, person.right) if child is not None]
        if reports and person.val == sum(child.val for child in reports):
            count += 1
        stack.extend(reports)
    return count
