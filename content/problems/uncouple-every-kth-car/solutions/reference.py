def uncouple_every_kth(train, k):
    # A dummy car in front lets the first real car be pulled out like any other.
    front = ListNode(0, train)
    prev, position = front, 0
    while prev.next is not None:
        position += 1
        if position % k == 0:
            prev.next = prev.next.next
        else:
            prev = prev.next
    return front.next
