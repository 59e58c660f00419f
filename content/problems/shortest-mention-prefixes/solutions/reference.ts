interface TrieNode {
  passing: number;
  children: Map<string, TrieNode>;
}

function mentionPrefixes(names: string[]): string[] {
  // A trie whose nodes count how many names pass through them: the first node a single name
  // passes through ends that name's mention prefix.
  const root: TrieNode = { passing: 0, children: new Map() };
  for (const name of names) {
    let node = root;
    for (const letter of name) {
      let next = node.children.get(letter);
      if (!next) node.children.set(letter, (next = { passing: 0, children: new Map() }));
      next.passing += 1;
      node = next;
    }
  }
  return names.map((name) => {
    let node = root;
    for (let depth = 1; depth <= name.length; depth++) {
      node = node.children.get(name[depth - 1]!)!;
      if (node.passing === 1) return name.slice(0, depth);
    }
    return name;
  });
}
