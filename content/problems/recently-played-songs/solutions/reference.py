def recently_played(history):
    # How many plays of each song are still ahead: a play is kept only when it is the last one.
    remaining = {}
    node = history
    while node is not None:
        remaining[node.val] = remaining.get(node.val, 0) + 1
        node = node.next
    front = ListNode(0, history)
    prev = front
    while prev.next is not None:
        song = prev.next.val
        remaining[song] -= 1
        if remaining[song] > 0:
            prev.next = prev.next.next
        else:
            prev = prev.next
    return front.next
