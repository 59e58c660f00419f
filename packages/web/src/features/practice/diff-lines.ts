/** One line of the judge's unified diff (expected → actual), classified for colouring. */
export interface DiffLine {
  kind: "expected" | "actual" | "same" | "gap";
  text: string;
}

/**
 * The judge sends `--- expected` / `+++ actual` headers, `@@` hunk lines, then lines starting with
 * `-` (only in the expected answer), `+` (only in the actual one) or a space. The headers are
 * dropped (the view labels the two sides itself); a hunk line after the first becomes a gap, the
 * lines the diff skipped.
 */
export function diffLines(diff: string): DiffLine[] {
  const lines: DiffLine[] = [];
  let hunks = 0;
  for (const raw of diff.split("\n")) {
    if (raw.startsWith("@@")) {
      hunks += 1;
      if (hunks > 1) lines.push({ kind: "gap", text: "⋯" });
    } else if (hunks === 0 || raw === "" || raw.startsWith("\\")) {
      continue; // headers, the final newline, "\ No newline at end of file"
    } else if (raw.startsWith("-")) lines.push({ kind: "expected", text: raw.slice(1) });
    else if (raw.startsWith("+")) lines.push({ kind: "actual", text: raw.slice(1) });
    else lines.push({ kind: "same", text: raw.slice(1) });
  }
  return lines;
}
