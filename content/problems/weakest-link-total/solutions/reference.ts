function weakestLinkTotal(strengths: number[]): number {
  // Each link is the weakest of every section reaching from just after the previous strictly
  // weaker link to just before the next weaker-or-equal one (ties go to the leftmost link).
  const n = strengths.length;
  const leftBound = new Array<number>(n).fill(-1);
  const rightBound = new Array<number>(n).fill(n);
  const stack: number[] = [];
  strengths.forEach((strength, i) => {
    while (stack.length > 0 && strengths[stack[stack.length - 1]!]! >= strength) {
      rightBound[stack.pop()!] = i;
    }
    leftBound[i] = stack.length > 0 ? stack[stack.length - 1]! : -1;
    stack.push(i);
  });
  let total = 0;
  strengths.forEach((strength, i) => {
    total += strength * (i - leftBound[i]!) * (rightBound[i]! - i);
  });
  return total;
}
