import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createJudge, loadProblem, readSolution, type RunResult } from "@loopwise/runner";

/**
 * The bank's check in CI: every problem folder loads (valid against the schemas), every reference
 * solution is accepted by the real judge in the real sandbox, and every deliberately wrong one gets
 * the verdict its problem.json names. One judge for all; its queue runs one solution per core.
 */

const root = import.meta.dirname;
const folders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const judge = createJudge({ maxWaiting: 1_000 });
afterAll(() => judge.close());

/** Every problem has these; a reference in another language (reference.go) is checked as well. */
const REFERENCES = ["reference.py", "reference.ts"];

function summary(result: RunResult): string {
  const failed = result.cases?.find((c) => c.verdict !== "accepted");
  const where = failed ? ` at case ${failed.number}${failed.hidden ? " (hidden)" : ""} in ${failed.timeMs} ms` : "";
  const error = result.error?.message ?? failed?.error?.message ?? "";
  return `${result.verdict}${where}${error ? `: ${error}` : ""}${result.stderr ? `\n${result.stderr.slice(0, 2000)}` : ""}`;
}

describe.concurrent("the problem bank", () => {
  it("has problems", () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  for (const slug of folders) {
    it(slug, { timeout: 180_000 }, async () => {
      const problem = await loadProblem(join(root, slug));
      const files = readdirSync(join(problem.folder, "solutions"));
      const references = new Set([...REFERENCES, ...files.filter((file) => file.startsWith("reference."))]);
      const expected = new Map<string, string>([
        ...[...references].map((file) => [file, "accepted"] as const),
        ...problem.meta.wrong.map((w) => [w.file, w.verdict] as const),
      ]);
      const unlisted = files.filter((file) => !expected.has(file));
      expect(unlisted, "solutions/ holds files that are neither a reference nor listed in wrong").toEqual([]);
      const verdicts = await Promise.all(
        [...expected.keys()].map(async (file) => {
          const { language, source } = await readSolution(problem, file);
          const result = await judge.run({ language, source, mode: "submit", problem });
          return [file, result.verdict === expected.get(file) ? result.verdict : summary(result)] as const;
        }),
      );
      expect(Object.fromEntries(verdicts)).toEqual(Object.fromEntries(expected));
    });
  }
});
