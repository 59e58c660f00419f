# Slow: after placing each task, scans every task again for one that is ready (O(n^2)).
def prep_order(n: int, rules: list[list[int]]) -> list[int]:
    after = [[] for _ in range(n)]
    waiting_on = [0] * n
    for before, task in rules:
        after[before].append(task)
        waiting_on[task] += 1
    placed = [False] * n
    order = []
    while len(order) < n:
        for task in range(n):
            if not placed[task] and waiting_on[task] == 0:
                break
        else:
            return []
        placed[task] = True
        order.append(task)
        for nxt in after[task]:
            waiting_on[nxt] -= 1
    return order
