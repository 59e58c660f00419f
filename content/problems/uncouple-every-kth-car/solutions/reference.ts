function uncoupleEveryKth(train: ListNode | null, k: number): ListNode | null {
  // A dummy car in front lets the first real car be pulled out like any other.
  const front = new ListNode(0, train);
  let prev = front;
  let position = 0;
  while (prev.next !== null) {
    position += 1;
    if (position % k === 0) prev.next = prev.next.next;
    else prev = prev.next;
  }
  return front.next;
}
