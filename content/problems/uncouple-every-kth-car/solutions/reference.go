func uncoupleEveryKth(train *ListNode, k int) *ListNode {
	// A dummy car in front lets the first real car be pulled out like any other.
	front := &ListNode{Next: train}
	prev, position := front, 0
	for prev.Next != nil {
		position++
		if position%k == 0 {
			prev.Next = prev.Next.Next
		} else {
			prev = prev.Next
		}
	}
	return front.Next
}
