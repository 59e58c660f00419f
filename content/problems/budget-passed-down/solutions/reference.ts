function intactManagers(org: TreeNode | null): number {
  // An explicit stack instead of recursion: a tall tree cannot overflow the call stack.
  let count = 0;
  const stack = org ? [org] : [];
  while (stack.length > 0) {
    const person = stack.pop()!;
    const reports = [person.left, person.right].filter((child): child is TreeNode => child !== null);
    if (reports.length > 0 && person.val === reports.reduce((sum, child) => sum + child.val, 0)) count += 1;
    stack.push(...reports);
  }
  return count;
}
