# Correct but quadratic: for every play, scans the rest of the list for a later play of the same song.
def recently_played(history):
    front = ListNode(0, history)
    prev = front
    while prev.next is not None:
        later = prev.next.next
        while later is not None and later.val != prev.next.val:
            later = later.next
        if later is not None:
            prev.next = prev.next.next
        else:
            prev = prev.next
    return front.next
