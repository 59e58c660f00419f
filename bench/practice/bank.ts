import { seededRandom } from "@loopwise/domain";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A one-problem bank for the throughput figure: the issue asks for runs per second on a problem of
 * 20 tests, and the bank's own problems hold 9 to 15 (plus their large cases). Written here, like
 * every problem of the bank: count the distinct readings in a list of up to 2,000 numbers.
 */

export const BENCH_PROBLEM = "distinct-readings";
export const CASES = 20;

export const SOLUTIONS = {
  python: "def distinct_readings(readings):\n    return len(set(readings))\n",
  javascript: "function distinctReadings(readings) {\n  return new Set(readings).size;\n}\n",
} as const;

/** Writes the bank under `root` and returns the folder to hand the judge. */
export function writeBenchBank(root: string): string {
  const folder = join(root, BENCH_PROBLEM);
  mkdirSync(join(folder, "solutions"), { recursive: true });
  const meta = {
    slug: BENCH_PROBLEM,
    title: "Distinct readings",
    difficulty: "easy",
    topics: ["arrays-hashing"],
    estimateMinutes: 5,
    function: {
      name: "distinctReadings",
      params: [{ name: "readings", type: "int[]" }],
      returns: "int",
    },
    compare: { kind: "exact" },
    timeLimitMs: 1000,
    wrong: [{ file: "counts-all.py", verdict: "wrong_answer" }],
  };
  const random = seededRandom(20_261_207);
  const cases = Array.from({ length: CASES }, (_, i) => {
    const length = Math.floor((i / (CASES - 1)) * 2000);
    const span = 1 + Math.floor(random() * 500);
    const readings = Array.from({ length }, () => Math.floor(random() * span));
    return { args: [readings], expected: new Set(readings).size };
  });
  const files: Record<string, string> = {
    "problem.json": JSON.stringify(meta, null, 2),
    "statement.md": "Count how many different values appear in `readings`.\n",
    "tests.json": JSON.stringify({ visible: cases.slice(0, 3), hidden: cases.slice(3) }),
    "solutions/reference.py": SOLUTIONS.python,
    "solutions/counts-all.py": "def distinct_readings(readings):\n    return len(readings)\n",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return root;
}
