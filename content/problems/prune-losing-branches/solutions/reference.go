func pruneLosingBranches(root *TreeNode) *TreeNode {
	if root == nil {
		return nil
	}
	// Parents come before their children in order, so walking it backwards visits children first.
	order, stack := []*TreeNode{}, []*TreeNode{root}
	for len(stack) > 0 {
		knot := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		order = append(order, knot)
		for _, child := range []*TreeNode{knot.Left, knot.Right} {
			if child != nil {
				stack = append(stack, child)
			}
		}
	}
	total := make(map[*TreeNode]int, len(order))
	for k := len(order) - 1; k >= 0; k-- {
		knot := order[k]
		value := knot.Val
		if knot.Left != nil {
			if total[knot.Left] < 0 {
				knot.Left = nil
			} else {
				value += total[knot.Left]
			}
		}
		if knot.Right != nil {
			if total[knot.Right] < 0 {
				knot.Right = nil
			} else {
				value += total[knot.Right]
			}
		}
		total[knot] = value
	}
	if total[root] < 0 {
		return nil
	}
	return root
}
