function firstBreak(text: string): number {
  const openerOf: Record<string, string> = { ")": "(", "]": "[", "}": "{", ">": "<" };
  const open: string[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    const opener = openerOf[char];
    if (opener === undefined) open.push(char);
    else if (open.pop() !== opener) return index;
  }
  return open.length > 0 ? text.length : -1;
}
