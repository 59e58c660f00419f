import type { ClassCase, Language } from "@loopwise/domain";
import { afterAll, describe, expect, it } from "vitest";
import { createJudge } from "../src/judge.js";
import { problem } from "./judge-problems.js";

/** What the judge does with a problem's cases: node types both ways, design problems, comparators. */

const judge = createJudge({ maxWaiting: 100 });
afterAll(() => judge.close());

const mirror = problem(
  { function: { name: "mirrorTree", params: [{ name: "root", type: "TreeNode" }], returns: "TreeNode" } },
  [
    { args: [[1, 2, 3, null, 4]], expected: [1, 3, 2, null, null, 4] },
    { args: [[]], expected: [] },
    { args: [[7, null, 8, null, 9]], expected: [7, 8, null, 9] },
  ],
);

const reverse = problem(
  {
    function: {
      name: "reverseRun",
      params: [
        { name: "head", type: "ListNode" },
        { name: "extra", type: "ListNode[]" },
      ],
      returns: "ListNode",
    },
  },
  [
    {
      args: [
        [1, 2, 3],
        [[4], []],
      ],
      expected: [3, 2, 1],
    },
    { args: [[], []], expected: [] },
  ],
);

const tally = problem(
  {
    class: {
      name: "Tally",
      constructor: [{ name: "start", type: "int" }],
      methods: [
        { name: "addAll", params: [{ name: "values", type: "int[]" }], returns: "long" },
        { name: "clear", params: [], returns: "void" },
        { name: "label", params: [], returns: "string" },
      ],
    },
  },
  [
    {
      calls: [
        ["Tally", [5]],
        ["addAll", [[1, 2]]],
        ["label", []],
        ["clear", []],
        ["addAll", [[4]]],
      ],
      expected: [null, 8, "total 8", null, 4],
    },
    {
      calls: [
        ["Tally", [0]],
        ["label", []],
      ],
      expected: [null, "total 0"],
    },
  ],
);

const SOLUTIONS = {
  mirror: {
    python:
      "def mirror_tree(root):\n    if root is None:\n        return None\n    root.left, root.right = mirror_tree(root.right), mirror_tree(root.left)\n    return root\n",
    javascript:
      "function mirrorTree(root) {\n  if (root === null) return null;\n  [root.left, root.right] = [mirrorTree(root.right), mirrorTree(root.left)];\n  return root;\n}\n",
    typescript:
      "function mirrorTree(root: TreeNode | null): TreeNode | null {\n  if (root === null) return null;\n  [root.left, root.right] = [mirrorTree(root.right), mirrorTree(root.left)];\n  return root;\n}\n",
    java: "class Solution {\n    TreeNode mirrorTree(TreeNode root) {\n        if (root == null) return null;\n        TreeNode left = root.left;\n        root.left = mirrorTree(root.right);\n        root.right = mirrorTree(left);\n        return root;\n    }\n}\n",
    rust: "fn mirror_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {\n    if let Some(node) = root.clone() {\n        let mut node = node.borrow_mut();\n        let (left, right) = (node.left.take(), node.right.take());\n        node.left = mirror_tree(right);\n        node.right = mirror_tree(left);\n    }\n    root\n}\n",
    go: "func mirrorTree(root *TreeNode) *TreeNode {\n\tif root == nil {\n\t\treturn nil\n\t}\n\troot.Left, root.Right = mirrorTree(root.Right), mirrorTree(root.Left)\n\treturn root\n}\n",
    cpp: "TreeNode* mirrorTree(TreeNode* root) {\n    if (!root) return nullptr;\n    swap(root->left, root->right);\n    mirrorTree(root->left);\n    mirrorTree(root->right);\n    return root;\n}\n",
  },
  reverse: {
    python:
      "def reverse_run(head, extra):\n    assert len(extra) in (0, 2) and (not extra or extra[0].val == 4 and extra[1] is None)\n    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n    return prev\n",
    typescript:
      "function reverseRun(head: ListNode | null, extra: (ListNode | null)[]): ListNode | null {\n  if (extra.length === 2 && (extra[0]!.val !== 4 || extra[1] !== null)) throw new Error('extra');\n  let prev: ListNode | null = null;\n  while (head) [head.next, prev, head] = [prev, head, head.next];\n  return prev;\n}\n",
    go: 'import "errors"\n\nfunc reverseRun(head *ListNode, extra []*ListNode) *ListNode {\n\tif len(extra) == 2 && (extra[0].Val != 4 || extra[1] != nil) {\n\t\tpanic(errors.New("extra"))\n\t}\n\tvar prev *ListNode\n\tfor head != nil {\n\t\thead.Next, prev, head = prev, head, head.Next\n\t}\n\treturn prev\n}\n',
    cpp: 'ListNode* reverseRun(ListNode* head, vector<ListNode*>& extra) {\n    if (extra.size() == 2 && (extra[0]->val != 4 || extra[1] != nullptr)) throw runtime_error("extra");\n    ListNode* prev = nullptr;\n    while (head) { ListNode* next = head->next; head->next = prev; prev = head; head = next; }\n    return prev;\n}\n',
  },
  tally: {
    python:
      'class Tally:\n    def __init__(self, start):\n        self.total = start\n\n    def add_all(self, values):\n        self.total += sum(values)\n        return self.total\n\n    def clear(self):\n        self.total = 0\n\n    def label(self):\n        return f"total {self.total}"\n',
    javascript:
      "class Tally {\n  constructor(start) { this.total = start; }\n  addAll(values) { for (const v of values) this.total += v; return this.total; }\n  clear() { this.total = 0; }\n  label() { return `total ${this.total}`; }\n}\n",
    java: 'class Tally {\n    long total;\n    Tally(int start) { total = start; }\n    long addAll(int[] values) { for (int v : values) total += v; return total; }\n    void clear() { total = 0; }\n    String label() { return "total " + total; }\n}\n',
    rust: 'struct Tally {\n    total: i64,\n}\n\nimpl Tally {\n    fn new(start: i32) -> Self {\n        Tally { total: start as i64 }\n    }\n    fn add_all(&mut self, values: Vec<i32>) -> i64 {\n        self.total += values.iter().map(|&v| v as i64).sum::<i64>();\n        self.total\n    }\n    fn clear(&mut self) {\n        self.total = 0;\n    }\n    fn label(&self) -> String {\n        format!("total {}", self.total)\n    }\n}\n',
    go: 'import "fmt"\n\ntype Tally struct {\n\ttotal int64\n}\n\nfunc NewTally(start int) *Tally {\n\treturn &Tally{total: int64(start)}\n}\n\nfunc (t *Tally) AddAll(values []int) int64 {\n\tfor _, v := range values {\n\t\tt.total += int64(v)\n\t}\n\treturn t.total\n}\n\nfunc (t *Tally) Clear() {\n\tt.total = 0\n}\n\nfunc (t *Tally) Label() string {\n\treturn fmt.Sprintf("total %d", t.total)\n}\n',
    cpp: 'class Tally {\n    long long total;\npublic:\n    Tally(int start) : total(start) {}\n    long long addAll(vector<int>& values) { for (int v : values) total += v; return total; }\n    void clear() { total = 0; }\n    string label() { return "total " + to_string(total); }\n};\n',
  },
} satisfies Record<string, Partial<Record<Language, string>>>;

const PROBLEMS = { mirror, reverse, tally };

describe.concurrent("node types and design problems, in every language", () => {
  for (const [name, solutions] of Object.entries(SOLUTIONS)) {
    for (const [language, source] of Object.entries(solutions)) {
      it(`${name} in ${language} is accepted`, async () => {
        const result = await judge.run({
          language: language as Language,
          source: source!,
          mode: "run",
          problem: PROBLEMS[name as keyof typeof PROBLEMS],
        });
        expect(result.verdict, JSON.stringify(result)).toBe("accepted");
      });
    }
  }

  it("shows a design problem's wrong call in the diff, one call a line", async () => {
    const source = SOLUTIONS.tally.python!.replace('f"total {self.total}"', 'f"sum {self.total}"');
    const result = await judge.run({ language: "python", source, mode: "run", problem: tally });
    expect(result.verdict).toBe("wrong_answer");
    expect(result.cases![0]!.input).toEqual((tally.visible[0] as ClassCase).calls);
    expect(result.cases![0]!.diff).toContain('-  "total 8"\n+  "sum 8"');
  });
});

describe.concurrent("comparing", () => {
  it("gives a checker's reason for a wrong answer", async () => {
    const anyPair = problem(
      {
        function: {
          name: "pairSum",
          params: [
            { name: "values", type: "int[]" },
            { name: "target", type: "int" },
          ],
          returns: "int[]",
        },
        compare: { kind: "checker" },
      },
      [
        { args: [[1, 2, 3, 4], 5], expected: [0, 3] },
        { args: [[5, 5], 10], expected: [0, 1] },
      ],
    );
    anyPair.checker = (args, _expected, actual) => {
      const [values, target] = args as [number[], number];
      const [i, j] = actual as number[];
      return i !== j && values[i!]! + values[j!]! === target
        ? true
        : `values at ${i} and ${j} do not add up to ${target}`;
    };
    const right = await judge.run({
      language: "python",
      source: "def pair_sum(values, target):\n    return [1, 2] if target == 5 else [1, 0]\n",
      mode: "run",
      problem: anyPair,
    });
    expect(right.verdict, JSON.stringify(right)).toBe("accepted");
    const wrong = await judge.run({
      language: "javascript",
      source: "function pairSum(values, target) { return [0, 0]; }",
      mode: "run",
      problem: anyPair,
    });
    expect(wrong.verdict).toBe("wrong_answer");
    expect(wrong.cases![0]!.error?.message).toBe("values at 0 and 0 do not add up to 5");
  });

  it("accepts floats within the tolerance and groups in any order", async () => {
    const mean = problem(
      {
        function: { name: "mean", params: [{ name: "values", type: "int[]" }], returns: "double" },
        compare: { kind: "float", tolerance: 1e-6 },
      },
      [
        { args: [[1, 2]], expected: 1.5 },
        { args: [[1, 1, 2]], expected: 1.3333333333 },
      ],
    );
    expect(
      (
        await judge.run({
          language: "python",
          source: "def mean(values):\n    return sum(values) / len(values)\n",
          mode: "run",
          problem: mean,
        })
      ).verdict,
    ).toBe("accepted");
    const groups = problem(
      {
        function: { name: "byParity", params: [{ name: "values", type: "int[]" }], returns: "int[][]" },
        compare: { kind: "unordered", nested: true },
      },
      [
        {
          args: [[1, 2, 3, 4]],
          expected: [
            [1, 3],
            [2, 4],
          ],
        },
        { args: [[2]], expected: [[2]] },
      ],
    );
    const source =
      "function byParity(values) {\n  const odd = values.filter((v) => v % 2).reverse();\n  const even = values.filter((v) => v % 2 === 0);\n  return [even, odd].filter((g) => g.length > 0);\n}\n";
    expect((await judge.run({ language: "javascript", source, mode: "run", problem: groups })).verdict).toBe(
      "accepted",
    );
  });
});
