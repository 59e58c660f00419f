# Bug: counts positions from 0, so it pulls out the 1st, (k+1)-th, ... cars instead of the k-th, 2k-th, ...
def uncouple_every_kth(train, k):
    front = ListNode(0, train)
    prev, position = front, 0
    while prev.next is not None:
        if position % k == 0:
            prev.next = prev.next.next
        else:
            prev = prev.next
        position += 1
    return front.next
