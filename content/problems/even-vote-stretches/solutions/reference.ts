function evenStretches(votes: string): number {
  // A stretch (i, j] is even when the running yes-minus-no balance is equal at i and at j.
  const seen = new Map<number, number>([[0, 1]]);
  let balance = 0;
  let total = 0;
  for (const vote of votes) {
    if (vote === "Y") balance++;
    else if (vote === "N") balance--;
    const before = seen.get(balance) ?? 0;
    total += before;
    seen.set(balance, before + 1);
  }
  return total;
}
