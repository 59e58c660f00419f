import type { Language, Verdict } from "@loopwise/domain";
import { afterAll, describe, expect, it } from "vitest";
import { createJudge } from "../src/judge.js";
import { addUp } from "./judge-problems.js";

/**
 * Every verdict, reached by a small program in each language, through the real judge and the real
 * sandbox. The problem: add up a list of ints (2 visible cases, 3 hidden). Compiled languages reach
 * accepted, wrong_answer, runtime_error, memory_limit and time_limit case by case in one program
 * (a compile costs a second or more), and the rest with programs of their own.
 */

const judge = createJudge({ maxWaiting: 100 });
afterAll(() => judge.close());

interface Program {
  verdict: Verdict;
  source: string;
  /** The line a runtime or compile error must point at. */
  line?: number;
  /** A plain run (no problem), with this stdin. */
  stdin?: string;
  /** One program for several verdicts, one a case (compiles are slow): each case's verdict, in order. */
  cases?: Verdict[];
}

const js = {
  accepted: "function addUp(values) {\n  return values.reduce((a, b) => a + b, 0);\n}\n",
  wrong: "function addUp(values) {\n  return values.reduce((a, b) => a + b, 1);\n}\n",
  loop: "function addUp(values) {\n  for (;;) {}\n}\n",
  memory: "function addUp(values) {\n  return new Uint8Array(4e9).fill(1).length;\n}\n",
  flood: 'function addUp(values) {\n  for (let i = 0; i < 100000; i++) console.log("x".repeat(100));\n  return 0;\n}\n',
  plain: 'const [a, b] = require("fs").readFileSync(0, "utf8").split(" ").map(Number);\nconsole.log(a + b);\n',
};

const java = (body: string) => `class Solution {\n    public int addUp(int[] values) {\n${body}    }\n}\n`;

const rust = (body: string) => `fn add_up(values: Vec<i32>) -> i32 {\n${body}}\n`;

const go = (body: string) => `func addUp(values []int) int {\n${body}}\n`;

const PROGRAMS: Record<"python" | "javascript" | "typescript" | "cpp" | "java" | "rust" | "go", Program[]> = {
  python: [
    { verdict: "accepted", source: "def add_up(values):\n    return sum(values)\n" },
    { verdict: "wrong_answer", source: "def add_up(values):\n    return sum(values) + 1\n" },
    { verdict: "time_limit", source: "def add_up(values):\n    while True:\n        pass\n" },
    { verdict: "memory_limit", source: "def add_up(values):\n    return len([0] * (10 ** 10))\n" },
    { verdict: "runtime_error", source: "def add_up(values):\n    total = 0\n    return values[10]\n", line: 3 },
    { verdict: "compile_error", source: "def add_up(values)\n    return 0\n", line: 1 },
    {
      verdict: "output_limit",
      source: 'def add_up(values):\n    for _ in range(100000):\n        print("x" * 100)\n    return 0\n',
    },
    { verdict: "ok", source: "print(sum(map(int, input().split())))\n", stdin: "2 4\n" },
  ],
  javascript: [
    { verdict: "accepted", source: js.accepted },
    { verdict: "wrong_answer", source: js.wrong },
    { verdict: "time_limit", source: js.loop },
    { verdict: "memory_limit", source: js.memory },
    {
      verdict: "runtime_error",
      source: "function addUp(values) {\n  const item = null;\n  return item.size;\n}\n",
      line: 3,
    },
    { verdict: "compile_error", source: "function addUp(values) {\n  return values.;\n}\n", line: 2 },
    { verdict: "output_limit", source: js.flood },
    { verdict: "ok", source: js.plain, stdin: "2 4" },
  ],
  typescript: [
    { verdict: "accepted", source: js.accepted.replace("(values)", "(values: number[]): number") },
    { verdict: "wrong_answer", source: js.wrong.replace("(values)", "(values: number[]): number") },
    { verdict: "time_limit", source: js.loop.replace("(values)", "(values: number[]): number") },
    { verdict: "memory_limit", source: js.memory.replace("(values)", "(values: number[]): number") },
    {
      verdict: "runtime_error",
      // Types and blank lines vanish in the transpiled code: the line must still be the user's.
      source:
        "interface Box {\n  size: number;\n}\n\ntype Maybe = Box | null;\n\nfunction addUp(values: number[]): number {\n  const item: Maybe = values.length > 100 ? { size: 1 } : null;\n  return item!.size;\n}\n",
      line: 9,
    },
    { verdict: "compile_error", source: "function addUp(values: number[]): number {\n  return values.;\n}\n", line: 2 },
    { verdict: "output_limit", source: js.flood.replace("(values)", "(values: number[]): number") },
    { verdict: "ok", source: js.plain.replace("const [a, b]", "const [a, b]: number[]"), stdin: "2 4" },
  ],
  cpp: [
    {
      verdict: "wrong_answer",
      cases: ["accepted", "wrong_answer", "runtime_error", "memory_limit", "time_limit"],
      source: [
        "int addUp(vector<int>& values) {",
        "    if (values.size() == 1) return 6;",
        '    if (values.empty()) throw runtime_error("no sums today");',
        "    if (values[0] == -1) return vector<long long>(2000000000LL, 1).size();",
        "    for (volatile long long spin = 0; values.size() == 3;) spin++;",
        "    return accumulate(values.begin(), values.end(), 0);",
        "}",
      ].join("\n"),
    },
    { verdict: "compile_error", source: "int addUp(vector<int>& values) {\n    return values.size()\n}\n", line: 2 },
    {
      verdict: "output_limit",
      source:
        "int addUp(vector<int>& values) {\n    for (int i = 0; i < 100000; i++) cout << string(100, 'x') << \"\\n\";\n    return 0;\n}\n",
    },
    {
      verdict: "ok",
      source:
        "#include <iostream>\nint main() {\n    int a, b;\n    std::cin >> a >> b;\n    std::cout << a + b << std::endl;\n}\n",
      stdin: "2 4",
    },
  ],
  java: [
    {
      verdict: "wrong_answer",
      cases: ["accepted", "wrong_answer", "runtime_error", "memory_limit", "time_limit"],
      line: 5,
      source: java(
        [
          "        if (values.length == 1) return 6;",
          "        int[] none = values.length == 0 ? null : values;",
          "        int first = none[0];",
          "        if (first == -1) return new long[1_000_000_000].length;",
          "        while (values.length == 3) {}",
          "        return Arrays.stream(values).sum();",
          "",
        ].join("\n"),
      ),
    },
    { verdict: "compile_error", source: java("        return values.length\n"), line: 3 },
    {
      verdict: "output_limit",
      source: java(
        '        for (int i = 0; i < 100000; i++) System.out.println("x".repeat(100));\n        return 0;\n',
      ),
    },
    {
      verdict: "ok",
      source:
        "public class Sum {\n    public static void main(String[] args) {\n        Scanner in = new Scanner(System.in);\n        System.out.println(in.nextInt() + in.nextInt());\n    }\n}\n",
      stdin: "2 4",
    },
  ],
  rust: [
    {
      // A failed allocation aborts a Rust program: memory_limit has a program of its own.
      verdict: "wrong_answer",
      cases: ["accepted", "wrong_answer", "runtime_error", "time_limit"],
      line: 5,
      source: rust(
        [
          "    if values.len() == 1 {",
          "        return 6;",
          "    }",
          "    let first = values[0];",
          "    while first == -1 {",
          "        std::hint::black_box(first);",
          "    }",
          "    values.iter().sum()",
          "",
        ].join("\n"),
      ),
    },
    {
      verdict: "memory_limit",
      source: rust("    let big = std::hint::black_box(vec![1u64; 2_000_000_000]);\n    big[values.len()] as i32\n"),
    },
    { verdict: "compile_error", source: rust("    values.len()\n"), line: 2 },
    {
      verdict: "output_limit",
      source: rust('    for _ in 0..100000 {\n        println!("{}", "x".repeat(100));\n    }\n    0\n'),
    },
    {
      verdict: "ok",
      source:
        'use std::io::Read;\n\nfn main() {\n    let mut text = String::new();\n    std::io::stdin().read_to_string(&mut text).unwrap();\n    let sum: i32 = text.split_whitespace().map(|n| n.parse::<i32>().unwrap()).sum();\n    println!("{}", sum);\n}\n',
      stdin: "2 4",
    },
  ],
  go: [
    {
      // Running out of memory is fatal to a Go program: memory_limit has a program of its own.
      verdict: "wrong_answer",
      cases: ["accepted", "wrong_answer", "runtime_error", "time_limit"],
      line: 5,
      source: go(
        [
          "\tif len(values) == 1 {",
          "\t\treturn 6",
          "\t}",
          "\tfirst := values[0]",
          "\tfor first == -1 {",
          "\t}",
          "\tsum := 0",
          "\tfor _, v := range values {",
          "\t\tsum += v",
          "\t}",
          "\treturn sum",
          "",
        ].join("\n"),
      ),
    },
    {
      verdict: "memory_limit",
      source: go(
        "\tvar kept [][]byte\n\tfor i := 0; i < 1000; i++ {\n\t\tkept = append(kept, make([]byte, 16<<20))\n\t\tfor j := range kept[i] {\n\t\t\tkept[i][j] = 1\n\t\t}\n\t}\n\treturn len(kept)\n",
      ),
    },
    {
      verdict: "memory_limit",
      source: go("\tbig := make([]int64, 2_000_000_000)\n\treturn int(big[len(values)])\n"),
    },
    { verdict: "compile_error", source: go("\treturn len(values)\n\tundefinedName()\n"), line: 3 },
    {
      verdict: "output_limit",
      source: `import "fmt"\n\n${go('\tfor i := 0; i < 100000; i++ {\n\t\tfmt.Println("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")\n\t}\n\treturn 0\n')}`,
    },
    {
      verdict: "ok",
      source:
        'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar a, b int\n\tfmt.Scan(&a, &b)\n\tfmt.Println(a + b)\n}\n',
      stdin: "2 4",
    },
  ],
};

const SOURCE_NAMES = {
  python: "solution.py",
  javascript: "solution.js",
  typescript: "solution.ts",
  cpp: "solution.cpp",
  java: "Solution.java",
  rust: "solution.rs",
  go: "solution.go",
};

for (const [language, programs] of Object.entries(PROGRAMS) as [keyof typeof PROGRAMS, Program[]][]) {
  describe.concurrent(`${language}`, () => {
    for (const program of programs) {
      it(`gets ${program.cases?.join(", ") ?? program.verdict}`, async () => {
        const request =
          program.stdin === undefined
            ? { language: language as Language, source: program.source, mode: "submit" as const, problem: addUp }
            : { language: language as Language, source: program.source, mode: "run" as const, stdin: program.stdin };
        const result = await judge.run(request);
        expect(result.verdict, JSON.stringify(result).slice(0, 2000)).toBe(program.verdict);
        if (program.cases !== undefined) {
          expect(result.cases!.map((c) => c.verdict)).toEqual(program.cases);
          const failed = result.cases!.find((c) => c.verdict === "runtime_error")!;
          // A hidden case's error keeps its kind and line; its message could quote the input.
          expect(failed.error?.message).toMatch(
            failed.hidden
              ? /^(The program failed|[\w.:]+) \(a hidden case's message is not shown\)$/
              : /no sums today|NullPointerException|index out of bounds/,
          );
          if (program.line !== undefined) expect(failed.error?.line).toBe(program.line);
          return;
        }
        switch (program.verdict) {
          case "accepted":
            expect(result.cases).toHaveLength(5);
            expect(result.memoryKb).toBeGreaterThan(1000);
            break;
          case "wrong_answer": {
            const [first, , hidden] = result.cases!;
            expect(first).toMatchObject({
              number: 1,
              hidden: false,
              verdict: "wrong_answer",
              input: { values: [1, 2] },
              expected: 3,
              actual: 4,
            });
            expect(first!.diff).toContain("-3\n+4");
            expect(hidden).toEqual({ number: 3, hidden: true, verdict: "wrong_answer", timeMs: expect.any(Number) });
            break;
          }
          case "time_limit":
          case "memory_limit":
            expect(result.cases![0]).toMatchObject({ number: 1, verdict: program.verdict });
            break;
          case "runtime_error":
            if (program.line !== undefined) expect(result.cases![0]!.error?.line).toBe(program.line);
            expect(result.cases![0]!.error?.message).toMatch(
              /IndexError|TypeError|no sums today|NullPointerException|index out of bounds/,
            );
            break;
          case "compile_error":
            expect(
              result.error?.line ??
                Number(new RegExp(`${SOURCE_NAMES[language]}:(\\d+)`).exec(result.error!.message)?.[1]),
            ).toBe(program.line);
            expect(result.error?.message).not.toContain("/sandbox");
            break;
          case "output_limit":
            expect(result.truncated).toBe(true);
            expect(result.stdout).toMatch(/\[output cut at 64 KB\]\n$/);
            break;
          case "ok":
            expect(result.stdout).toBe("6\n");
            break;
        }
      });
    }
  });
}
