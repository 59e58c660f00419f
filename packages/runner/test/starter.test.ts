import { afterAll, describe, expect, it } from "vitest";
import { createJudge } from "../src/judge.js";
import { problem } from "./judge-problems.js";
import { STARTER_LANGUAGES, starterCode } from "../src/starter.js";

const judge = createJudge({ maxWaiting: 100 });
afterAll(() => judge.close());

const busiest = { name: "busiestHour", params: [{ name: "timestamps", type: "int[]" }], returns: "int" };
const limiter = {
  name: "RateLimiter",
  constructor: [
    { name: "limit", type: "int" },
    { name: "windowSeconds", type: "int" },
  ],
  methods: [
    { name: "allow", params: [{ name: "time", type: "int" }], returns: "bool" },
    { name: "reset", params: [], returns: "void" },
    { name: "recentTimes", params: [{ name: "head", type: "ListNode" }], returns: "TreeNode[]" },
  ],
};

describe("starterCode", () => {
  it("writes each language's own signature", () => {
    expect(starterCode("python", { function: busiest })).toBe(
      "def busiest_hour(timestamps: list[int]) -> int:\n    pass\n",
    );
    expect(starterCode("typescript", { function: busiest })).toBe(
      "function busiestHour(timestamps: number[]): number {\n  return 0;\n}\n",
    );
    expect(starterCode("javascript", { function: busiest })).toContain(
      " * @param {number[]} timestamps\n * @return {number}\n */\nfunction busiestHour(timestamps) {",
    );
    expect(starterCode("cpp", { function: busiest })).toBe(
      "int busiestHour(vector<int>& timestamps) {\n    return 0;\n}\n",
    );
    const python = starterCode("python", { class: limiter });
    expect(python).toContain(
      "class RateLimiter:\n    def __init__(self, limit: int, window_seconds: int):\n        pass\n",
    );
    expect(python).toContain("    def recent_times(self, head: ListNode | None) -> list[TreeNode | None]:\n");
    expect(starterCode("typescript", { class: limiter })).toContain(
      "  recentTimes(head: ListNode | null): (TreeNode | null)[] {\n    return [];\n  }\n",
    );
    expect(starterCode("cpp", { class: limiter })).toContain("    vector<TreeNode*> recentTimes(ListNode* head) {\n");
    expect(starterCode("go", { function: busiest })).toBe("func busiestHour(timestamps []int) int {\n\treturn 0\n}\n");
    const go = starterCode("go", { class: limiter });
    expect(go).toContain(
      "func NewRateLimiter(limit int, windowSeconds int) *RateLimiter {\n\treturn &RateLimiter{}\n}\n",
    );
    expect(go).toContain("func (this *RateLimiter) Reset() {\n}\n");
    expect(go).toContain("func (this *RateLimiter) RecentTimes(head *ListNode) []*TreeNode {\n\treturn nil\n}\n");
  });
});

const functionProblem = problem({ function: busiest, topics: ["design"] }, [
  { args: [[3, 3, 4]], expected: 3 },
  { args: [[9]], expected: 9 },
]);
const classProblem = problem({ class: limiter }, [
  {
    calls: [
      ["RateLimiter", [1, 10]],
      ["allow", [1]],
      ["reset", []],
      ["recentTimes", [[1, 2]]],
    ],
    expected: [null, true, null, [[1]]],
  },
  {
    calls: [
      ["RateLimiter", [2, 5]],
      ["allow", [3]],
    ],
    expected: [null, true],
  },
]);

describe.concurrent("starter code in the judge", () => {
  for (const language of STARTER_LANGUAGES) {
    for (const [kind, target] of [
      ["function", functionProblem],
      ["class", classProblem],
    ] as const) {
      it(`${language} ${kind}: loads, runs, and is a wrong answer, not a crash`, async () => {
        const signature = { function: target.meta.function, class: target.meta.class };
        const result = await judge.run({
          language,
          source: starterCode(language, signature),
          mode: "run",
          problem: target,
        });
        expect(result.verdict, JSON.stringify(result)).toBe("wrong_answer");
      });
    }
  }
});
