import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parseResults } from "../src/harness/results.js";
import { listLanguages } from "../src/languages.js";
import { withPackage } from "../src/languages-go.js";
import { snakeCase, typeIn, zeroIn } from "../src/languages-types.js";

describe("listLanguages", () => {
  it("reports each toolchain's own version", async () => {
    const languages = Object.fromEntries((await listLanguages()).map((info) => [info.id, info.version]));
    expect(languages.python).toBe(execFileSync("/usr/bin/python3", ["--version"], { encoding: "utf8" }).trim());
    expect(languages.javascript).toBe(`Node.js ${process.versions.node}`);
    const esbuild = (createRequire(import.meta.url)("esbuild") as { version: string }).version;
    expect(languages.typescript).toBe(`esbuild ${esbuild} on Node.js ${process.versions.node}`);
    expect(languages.cpp).toBe(`g++ ${execFileSync("g++", ["-dumpfullversion"], { encoding: "utf8" }).trim()}`);
    const go = execFileSync("go", ["env", "GOVERSION"], { encoding: "utf8" }).trim();
    expect(languages.go).toBe(go);
  });
});

describe("names and types per language", () => {
  it.each([
    ["busiestHour", "busiest_hour"],
    ["maxXORPair", "max_xor_pair"],
    ["getLRU", "get_lru"],
    ["top2Values", "top2_values"],
    ["allow", "allow"],
  ])("%s is %s in Python", (name, python) => {
    expect(snakeCase(name)).toBe(python);
  });

  it("spells value types", () => {
    expect(typeIn("python", "int[][]")).toBe("list[list[int]]");
    expect(typeIn("typescript", "TreeNode[]")).toBe("(TreeNode | null)[]");
    expect(typeIn("cpp", "long[]")).toBe("vector<long long>");
    expect(typeIn("java", "string[][]")).toBe("String[][]");
    expect(typeIn("rust", "double[]")).toBe("Vec<f64>");
    expect(typeIn("go", "TreeNode[][]")).toBe("[][]*TreeNode");
    expect(zeroIn("java", "int[][]")).toBe("new int[0][]");
    expect(zeroIn("cpp", "ListNode")).toBe("nullptr");
  });
});

describe("Go's package clause", () => {
  it("is added on the first line where a solution has none, so its lines keep their numbers", () => {
    expect(withPackage('import "sort"\n\nfunc f() {}\n')).toBe('package main; import "sort"\n\nfunc f() {}\n');
    expect(withPackage("func f() {}\n")).toBe("package main; func f() {}\n");
  });

  it("is left alone where the solution has one, after comments too", () => {
    for (const source of [
      "package main\n\nfunc main() {}\n",
      "// Sums.\n// Two lines of doc.\npackage main\n",
      "/* A block\n   comment. */\npackage main\n",
    ]) {
      expect(withPackage(source)).toBe(source);
    }
  });
});

describe("parseResults", () => {
  it("reads the harness's records and skips what is not one", () => {
    const text = [
      '{"t":"start","i":0}',
      "not json, the user's own write on fd 3",
      '{"t":"case","i":0,"ms":1.5,"value":[1,2]}',
      '{"t":"case","i":0,"ms":1,"value":"forged twice"}',
      '{"t":"start","i":1}',
      '{"t":"case","i":1,"ms":2,"error":{"message":"ValueError: x","line":3}}',
      '{"t":"start","i":2}',
      '{"t":"memory","i":2,"ms":9}',
      '{"t":"end","memoryKb":1234}',
      '{"t":"case","i":3,"ms":1,"val',
    ].join("\n");
    const report = parseResults(text);
    expect(report.cases.get(0)).toEqual({ ms: 1.5, value: [1, 2] });
    expect(report.cases.get(1)).toEqual({ ms: 2, error: { message: "ValueError: x", line: 3 } });
    expect(report.cases.get(2)).toEqual({ ms: 9, memory: true });
    expect(report.cases.has(3)).toBe(false);
    expect(report).toMatchObject({ lastStarted: 2, memoryExceeded: true, end: { memoryKb: 1234 }, compiled: false });
  });
});
