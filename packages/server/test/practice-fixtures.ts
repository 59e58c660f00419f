import { createRunnerJudge, type PracticeJudge, type RunnerJudgeOptions } from "@loopwise/server";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The practice tests' own small bank (two problems written for them), judged by the real sandboxed runner. */
export const PRACTICE_PROBLEMS = fileURLToPath(new URL("./fixtures/practice-problems", import.meta.url));

/** The runner's judge over the test bank; no warm pool by default, so idle suites start no sandbox. */
export function testJudge(options: Partial<RunnerJudgeOptions> = {}): PracticeJudge {
  return createRunnerJudge({ mode: "local", problemsRoot: PRACTICE_PROBLEMS, warm: 0, ...options });
}

/** A solution from the test bank's `solutions/` folder. */
export function solution(slug: string, file: string): string {
  return readFileSync(`${PRACTICE_PROBLEMS}/${slug}/solutions/${file}`, "utf8");
}

/** A server-mode judge on a machine without bubblewrap: the same bank, and every run refused. */
export function refusingJudge(inner: PracticeJudge): PracticeJudge {
  return {
    ...inner,
    status: async () => ({ isolation: "refused", warning: "Code runs are refused: bubblewrap is not installed." }),
  };
}

/** The judge as a machine without one language's toolchain has it: every language but that one. */
export function judgeWithout(inner: PracticeJudge, missing: string): PracticeJudge {
  return { ...inner, languages: async () => (await inner.languages()).filter((language) => language.id !== missing) };
}

/** Sources written here rather than in the bank, in the languages the bank's Python solutions do not cover. */
export const SOURCES = {
  widestGapTs: `function widestGap(posts: number[]): number {
  let widest = 0;
  for (let i = 1; i < posts.length; i++) widest = Math.max(widest, posts[i]! - posts[i - 1]!);
  return widest;
}
`,
  tallyCounterJs: `class TallyCounter {
  constructor(start) {
    this.start = start;
    this.count = start;
  }
  click() {
    return ++this.count;
  }
  reset() {
    this.count = this.start;
  }
}
`,
} as const;
