# Bug: keeps the first play of each song instead of the latest one.
def recently_played(history):
    seen = set()
    front = ListNode(0, history)
    prev = front
    while prev.next is not None:
        if prev.next.val in seen:
            prev.next = prev.next.next
        else:
            seen.add(prev.next.val)
            prev = prev.next
    return front.next
