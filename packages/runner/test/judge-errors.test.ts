import type { Language } from "@loopwise/domain";
import { afterAll, describe, expect, it } from "vitest";
import { createJudge, MAX_SOURCE_BYTES, UnsupportedLanguage } from "../src/judge.js";
import { hiddenError } from "../src/judge-verdict.js";
import { addUp } from "./judge-problems.js";

/** Errors as the user reads them (their line, their file, no harness), plain runs, and what a run shows. */

const judge = createJudge({ maxWaiting: 100 });
afterAll(() => judge.close());

describe.concurrent("errors point at the user's code", () => {
  it("Python: a plain run's traceback has the user's frames only", async () => {
    const source = "def half(n):\n    return n // 0\n\nprint('before')\nhalf(3)\n";
    const result = await judge.run({ language: "python", source, mode: "run" });
    expect(result).toMatchObject({
      verdict: "runtime_error",
      stdout: "before\n",
      error: { message: "ZeroDivisionError: integer division or modulo by zero", line: 2 },
    });
    expect(result.stderr).toContain('File "solution.py", line 5, in <module>\n    half(3)');
    expect(result.stderr).not.toMatch(/harness/);
  });

  it("TypeScript: a plain run's stack maps to the user's lines", async () => {
    const source =
      "type Point = { x: number };\n\n\nfunction norm(p: Point | null): number {\n  return p!.x;\n}\nconsole.log(norm(null));\n";
    const result = await judge.run({ language: "typescript", source, mode: "run" });
    expect(result).toMatchObject({ verdict: "runtime_error", error: { line: 5 } });
    expect(result.stderr).toMatch(
      /TypeError: Cannot read properties of null \(reading 'x'\)\n\s+at norm \(solution\.ts:5:\d+\)/,
    );
    expect(result.stderr).not.toMatch(/harness|node:internal/);
  });

  it("the top-level code of a solution that throws while loading", async () => {
    const result = await judge.run({
      language: "python",
      source: "LIMIT = 10\nTABLE = [1, 2][LIMIT]\n\ndef add_up(values):\n    return 0\n",
      mode: "submit",
      problem: addUp,
    });
    expect(result).toMatchObject({
      verdict: "runtime_error",
      cases: [],
      error: { message: "IndexError: list index out of range", line: 2 },
    });
  });

  it("a solution without the function the problem calls", async () => {
    const result = await judge.run({
      language: "javascript",
      source: "function addup(values) { return 0; }",
      mode: "submit",
      problem: addUp,
    });
    expect(result).toMatchObject({
      verdict: "compile_error",
      error: { message: "the solution must define a function named addUp" },
    });
    const python = await judge.run({
      language: "python",
      source: "def addUp(values):\n    return 0\n",
      mode: "submit",
      problem: addUp,
    });
    expect(python.error?.message).toBe("the solution must define a function named add_up");
  });

  it("a hidden case's error by its kind and line, without its input or its message", async () => {
    // The message quotes the hidden input ([-1, 1]): it must not reach the user.
    const source =
      "def add_up(values):\n    if values and min(values) < 0:\n        raise ValueError(f'negative in {values}')\n    return sum(values)\n";
    const result = await judge.run({ language: "python", source, mode: "submit", problem: addUp });
    expect(result.verdict).toBe("runtime_error");
    expect(result.cases![3]).toEqual({
      number: 4,
      hidden: true,
      verdict: "runtime_error",
      timeMs: expect.any(Number),
      error: { message: "ValueError (a hidden case's message is not shown)", line: 3 },
    });
    expect(JSON.stringify(result.cases)).not.toContain("[-1, 1]");
    expect(result.cases![4]).toEqual({ number: 5, hidden: true, verdict: "accepted", timeMs: expect.any(Number) });
  });

  it("a visible case's error or crash, with its input and expected answer", async () => {
    const throws = "def add_up(values):\n    return values[2]\n";
    const thrown = await judge.run({ language: "python", source: throws, mode: "run", problem: addUp });
    expect(thrown.cases![0]).toMatchObject({
      verdict: "runtime_error",
      input: { values: [1, 2] },
      expected: 3,
      error: { message: "IndexError: list index out of range", line: 2 },
    });
    // The process dies in the case: no record of it, only the death and what was being judged.
    const dies = "import os\n\ndef add_up(values):\n    os.kill(os.getpid(), 9)\n";
    const died = await judge.run({ language: "python", source: dies, mode: "run", problem: addUp });
    expect(died.verdict).toBe("runtime_error");
    expect(died.cases).toEqual([
      expect.objectContaining({ number: 1, verdict: "runtime_error", input: { values: [1, 2] }, expected: 3 }),
    ]);
  });

  it.each([
    ["ValueError: empty", "ValueError"],
    ["TypeError: Cannot read properties of null (reading 'x')", "TypeError"],
    ["std::out_of_range: vector::_M_range_check", "std::out_of_range"],
    ["java.lang.ArrayIndexOutOfBoundsException: Index 3", "java.lang.ArrayIndexOutOfBoundsException"],
    ["ZeroDivisionError", "ZeroDivisionError"],
    ["thread 'main' panicked at 'index out of bounds: the len is 3'", "The program failed"],
  ])("hides the message of %j but names %s", (message, kind) => {
    expect(hiddenError({ message, line: 4 })).toEqual({
      message: `${kind} (a hidden case's message is not shown)`,
      line: 4,
    });
  });
});

describe.concurrent("runs", () => {
  it("runs the examples only in run mode, and keeps the user's prints apart from the answers", async () => {
    const source =
      "function addUp(values) {\n  console.log('adding', values.length);\n  return values.reduce((a, b) => a + b, 0);\n}\n";
    const result = await judge.run({ language: "javascript", source, mode: "run", problem: addUp });
    expect(result.verdict).toBe("accepted");
    expect(result.cases).toHaveLength(2);
    expect(result.stdout).toBe("adding 2\nadding 1\n");
  });

  it("serves stdin to readline and process.stdin in a plain Node run", async () => {
    const source =
      "const rl = require('readline').createInterface({ input: process.stdin });\nconst lines = [];\nrl.on('line', (l) => lines.push(l.toUpperCase()));\nrl.on('close', () => console.log(lines.join('|')));\n";
    const result = await judge.run({ language: "javascript", source, mode: "run", stdin: "ab\ncd\n" });
    expect(result).toMatchObject({ verdict: "ok", stdout: "AB|CD\n" });
  });

  it("ends a plain run that never stops as time_limit", async () => {
    const result = await judge.run({ language: "python", source: "while True:\n    pass\n", mode: "run", stdin: "" });
    expect(result.verdict).toBe("time_limit");
  });

  it("recurses 50,000 deep in Python and JavaScript", async () => {
    const python =
      "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\n\ndef add_up(values):\n    return depth(50000) - 50000 + sum(values)\n";
    const js =
      "function depth(n) {\n  return n === 0 ? 0 : 1 + depth(n - 1);\n}\nfunction addUp(values) {\n  return depth(50000) - 50000 + values.reduce((a, b) => a + b, 0);\n}\n";
    expect((await judge.run({ language: "python", source: python, mode: "run", problem: addUp })).verdict).toBe(
      "accepted",
    );
    expect((await judge.run({ language: "javascript", source: js, mode: "run", problem: addUp })).verdict).toBe(
      "accepted",
    );
  });

  it("refuses a language it has no toolchain for, and a source too large", async () => {
    // The server's schema admits only the seven language ids; the judge refuses what it did not detect.
    const missing = "cobol" as Language;
    await expect(
      judge.run({ language: missing, source: "IDENTIFICATION DIVISION.", mode: "run" }),
    ).rejects.toBeInstanceOf(UnsupportedLanguage);
    const huge = `# ${"x".repeat(MAX_SOURCE_BYTES)}\n`;
    expect(await judge.run({ language: "python", source: huge, mode: "run" })).toMatchObject({
      verdict: "compile_error",
    });
  });
});
