function humPairs(codes: number[], limit: number): number {
  const BITS = 17; // codes fit in 16 bits; limit may be 2^16, which needs a 17th
  // A binary trie of the codes seen so far, each node counting the codes below it. Walking down
  // the bits of limit: wherever limit has a 1, every code whose XOR has a 0 there is smaller.
  // Node 0 is the root and also stands for "no child" (nothing points back at the root).
  const capacity = codes.length * BITS + 1;
  const children = new Int32Array(2 * capacity);
  const below = new Int32Array(capacity);
  let nodes = 1;
  let pairs = 0;
  for (const code of codes) {
    let node = 0;
    for (let bit = BITS - 1; bit >= 0; bit--) {
      const c = (code >> bit) & 1;
      if ((limit >> bit) & 1) {
        pairs += below[children[2 * node + c]!]!; // below[0] stays 0: a missing child adds nothing
        node = children[2 * node + (c ^ 1)]!;
      } else {
        node = children[2 * node + c]!;
      }
      if (node === 0) break;
    }
    node = 0;
    for (let bit = BITS - 1; bit >= 0; bit--) {
      const slot = 2 * node + ((code >> bit) & 1);
      if (children[slot] === 0) children[slot] = nodes++;
      node = children[slot]!;
      below[node]! += 1;
    }
  }
  return pairs;
}
