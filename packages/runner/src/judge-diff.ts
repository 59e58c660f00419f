import { createTwoFilesPatch } from "diff";

/**
 * A line diff of the expected and the actual answer, as a unified diff. An array puts one element a
 * line (between brackets, so [3] and 3 differ), and a wrong element or design call stands out.
 */

/** Past this, a (wrong) answer is shown cut: a diff of megabytes helps nobody and costs seconds. */
const MAX_DIFF_CHARS = 20_000;

export function answerText(value: unknown): string {
  if (!Array.isArray(value)) return JSON.stringify(value ?? null) + "\n";
  // No commas: adding an element at the end changes one line of the diff, not two.
  return `[\n${value.map((item) => `  ${JSON.stringify(item ?? null)}\n`).join("")}]\n`;
}

function cut(text: string): string {
  return text.length <= MAX_DIFF_CHARS ? text : `${text.slice(0, MAX_DIFF_CHARS)}\n… (cut)\n`;
}

export function answerDiff(expected: unknown, actual: unknown): string {
  const patch = createTwoFilesPatch("expected", "actual", cut(answerText(expected)), cut(answerText(actual)), "", "", {
    context: 3,
  });
  // Drop the "====" line and the empty tab-separated headers: the diff starts at "--- expected".
  return patch.slice(patch.indexOf("--- expected")).replace(/^(---|\+\+\+) (expected|actual)\t$/gm, "$1 $2");
}
