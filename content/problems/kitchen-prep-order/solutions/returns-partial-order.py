# Wrong: when the rules contain a cycle, returns the tasks it could place instead of [].
from collections import deque


def prep_order(n: int, rules: list[list[int]]) -> list[int]:
    after = [[] for _ in range(n)]
    waiting_on = [0] * n
    for before, task in rules:
        after[before].append(task)
        waiting_on[task] += 1
    ready = deque(task for task in range(n) if waiting_on[task] == 0)
    order = []
    while ready:
        task = ready.popleft()
        order.append(task)
        for nxt in after[task]:
            waiting_on[nxt] -= 1
            if waiting_on[nxt] == 0:
                ready.append(nxt)
    return order
