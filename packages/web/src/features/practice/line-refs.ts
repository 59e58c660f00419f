/**
 * Splits an error message into text and references to lines of the user's code, so each
 * reference can be a link that moves the editor there. The judge names lines the way compilers
 * and interpreters do: `solution.ts:12:5`, `Solution.java:3`, Python's `line 7`.
 */
export type MessagePart = { text: string; line?: undefined } | { text: string; line: number };

const REFERENCE = /\b(?:[Ss]olution\.[a-z]+:(\d+)(?::\d+)?|line (\d+))/g;

export function lineRefs(message: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let last = 0;
  for (const match of message.matchAll(REFERENCE)) {
    const start = match.index;
    if (start > last) parts.push({ text: message.slice(last, start) });
    parts.push({ text: match[0], line: Number(match[1] ?? match[2]) });
    last = start + match[0].length;
  }
  if (last < message.length) parts.push({ text: message.slice(last) });
  return parts;
}
