function prepOrder(n: number, rules: number[][]): number[] {
  // Kahn's algorithm: a task is ready once every task that must come before it is done.
  const after: number[][] = Array.from({ length: n }, () => []);
  const waitingOn = new Array<number>(n).fill(0);
  for (const [before, task] of rules) {
    after[before!]!.push(task!);
    waitingOn[task!]!++;
  }
  const order: number[] = [];
  for (let task = 0; task < n; task++) if (waitingOn[task] === 0) order.push(task);
  // `order` doubles as the queue: everything before `head` is placed, the rest is ready.
  for (let head = 0; head < order.length; head++) {
    for (const next of after[order[head]!]!) {
      if (--waitingOn[next]! === 0) order.push(next);
    }
  }
  // Tasks on a cycle never become ready.
  return order.length === n ? order : [];
}
