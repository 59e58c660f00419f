function recentlyPlayed(history: ListNode | null): ListNode | null {
  // How many plays of each song are still ahead: a play is kept only when it is the last one.
  const remaining = new Map<number, number>();
  for (let node = history; node !== null; node = node.next) {
    remaining.set(node.val, (remaining.get(node.val) ?? 0) + 1);
  }
  const front = new ListNode(0, history);
  let prev = front;
  while (prev.next !== null) {
    const left = remaining.get(prev.next.val)! - 1;
    remaining.set(prev.next.val, left);
    if (left > 0) prev.next = prev.next.next;
    else prev = prev.next;
  }
  return front.next;
}
