const SUBMERGED = -1;

function leastWobble(wobble: number[], maxJump: number): number {
  // best[i]: least total wobble of a crossing that ends on stone i. The stone to jump from is
  // the cheapest of the last maxJump reachable stones: a deque keeps their indices with best
  // increasing, so its front is that cheapest one.
  const n = wobble.length;
  const best = new Array<number>(n).fill(-1);
  best[0] = wobble[0]!;
  const window = new Int32Array(n);
  let head = 0;
  let tail = 0;
  window[tail++] = 0;
  for (let i = 1; i < n; i++) {
    while (head < tail && window[head]! < i - maxJump) head++;
    if (wobble[i] === SUBMERGED || head === tail) continue;
    best[i] = best[window[head]!]! + wobble[i]!;
    while (head < tail && best[window[tail - 1]!]! >= best[i]!) tail--;
    window[tail++] = i;
  }
  return best[n - 1]!;
}
