function totalFullBoxes(n: number): number {
  // Full boxes of size k are the pairs (k, m) with k * m <= n. The pairs are symmetric about
  // k = m, so count those with k <= sqrt(n), double, and remove the square counted twice.
  let root = Math.floor(Math.sqrt(n));
  while (root * root > n) root--;
  while ((root + 1) * (root + 1) <= n) root++;
  let half = 0;
  for (let k = 1; k <= root; k++) half += Math.floor(n / k);
  return 2 * half - root * root;
}
