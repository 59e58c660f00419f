import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadProblem, loadProblems, ProblemFormatError, slugSeed } from "../src/problems.js";

const root = mkdtempSync(join(tmpdir(), "loopwise-problems-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const meta = {
  slug: "tally-marks",
  title: "Tally marks",
  difficulty: "easy",
  topics: ["arrays-hashing"],
  estimateMinutes: 10,
  function: { name: "tally", params: [{ name: "marks", type: "int[]" }], returns: "int" },
  compare: { kind: "exact" },
  wrong: [{ file: "wrong.py", verdict: "wrong_answer" }],
};
const tests = {
  visible: [
    { args: [[1, 2]], expected: 3 },
    { args: [[]], expected: 0 },
  ],
  hidden: [
    { args: [[5]], expected: 5 },
    { args: [[1, 1]], expected: 2 },
    { args: [[0]], expected: 0 },
  ],
};

/** A problem folder from parts: each file's content, or null to leave it out. */
function folder(slug: string, files: Record<string, unknown>): string {
  const dir = join(root, slug);
  mkdirSync(dir, { recursive: true });
  const all: Record<string, unknown> = {
    "problem.json": { ...meta, slug },
    "statement.md": "Count them.\n",
    "tests.json": tests,
    ...files,
  };
  for (const [name, content] of Object.entries(all)) {
    if (content === null) continue;
    writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  }
  return dir;
}

/** The error loading `dir` gives, or generating its large cases (where the bank check meets it). */
async function formatError(dir: string): Promise<ProblemFormatError> {
  const error = await loadProblem(dir)
    .then((problem) => problem.largeCases?.())
    .then(
      () => undefined,
      (caught: unknown) => caught,
    );
  expect(error).toBeInstanceOf(ProblemFormatError);
  return error as ProblemFormatError;
}

describe("loadProblem", () => {
  it("loads a problem; large.ts's cases come on first ask, seeded by the slug, made once", async () => {
    const large = `export default function large(random: () => number) {
      const marks = Array.from({ length: 5 }, () => Math.floor(random() * 100));
      return [{ args: [marks], expected: marks.reduce((a, b) => a + b, 0) }];
    }\n`;
    const dir = folder("tally-marks", { "large.ts": large });
    const problem = await loadProblem(dir);
    expect(problem.meta.timeLimitMs).toBe(2000);
    expect(problem.visible).toHaveLength(2);
    expect(problem.hidden).toHaveLength(3);
    const generated = await problem.largeCases!();
    expect(generated).toHaveLength(1);
    expect(await problem.largeCases!()).toBe(generated);
    const again = await loadProblem(dir);
    expect(await again.largeCases!()).toEqual(generated);
    expect(slugSeed("tally-marks")).not.toBe(slugSeed("tally-mark"));
  });

  it("has no large cases to ask for without large.ts", async () => {
    expect((await loadProblem(folder("no-large", {}))).largeCases).toBeUndefined();
  });

  it("attaches the checker of a checker problem", async () => {
    const checker = `export default (args: unknown[], _e: unknown, actual: unknown) => actual === 3 || "not three";\n`;
    const dir = folder("any-three", {
      "problem.json": { ...meta, slug: "any-three", compare: { kind: "checker" } },
      "checker.ts": checker,
    });
    const problem = await loadProblem(dir);
    expect(problem.checker?.([], 0, 3)).toBe(true);
    expect(problem.checker?.([], 0, 4)).toBe("not three");
  });

  it.each([
    [
      "a field of problem.json",
      { "problem.json": { ...meta, slug: "bad-field", difficulty: "tricky" } },
      /bad-field\/problem\.json: difficulty/,
    ],
    [
      "a slug that is not the folder",
      { "problem.json": { ...meta, slug: "other-name" } },
      /problem\.json: slug other-name/,
    ],
    ["a missing statement", { "statement.md": null }, /statement\.md: is missing/],
    ["tests.json that is not JSON", { "tests.json": "{ visible: " }, /tests\.json: is not JSON/],
    ["too few visible cases", { "tests.json": { ...tests, visible: [tests.visible[0]] } }, /tests\.json: visible/],
    [
      "an argument of the wrong type",
      { "tests.json": { ...tests, hidden: [...tests.hidden, { args: [["x"]], expected: 1 }] } },
      /tests\.json hidden\[3\]: args\[0\] \(marks\) \[0\] is not an int/,
    ],
    [
      "the wrong number of arguments",
      { "tests.json": { ...tests, visible: [...tests.visible, { args: [], expected: 1 }] } },
      /visible\[2\]: has 0 arguments; tally takes 1/,
    ],
    [
      "a checker problem without checker.ts",
      { "problem.json": { ...meta, slug: "no-checker", compare: { kind: "checker" } } },
      /checker\.ts: is missing/,
    ],
    ["large.ts without a default export", { "large.ts": "export const x = 1;\n" }, /large\.ts: has no default export/],
    [
      "a generated case of the wrong type",
      { "large.ts": 'export default () => [{ args: [["x"]], expected: 1 }];\n' },
      /large\.ts case\[0\]: args\[0\] \(marks\) \[0\] is not an int/,
    ],
  ])("names the folder, file and field of %s", async (_, files, message) => {
    // Each in its own folder, named by its slug (the slug row's folder is "slug-row": not its slug).
    const slug = (files as { "problem.json"?: { slug: string } })["problem.json"]?.slug;
    const name = slug === "other-name" ? "slug-row" : (slug ?? `case-${_.toLowerCase().replace(/[^a-z]+/g, "-")}`);
    const dir = folder(name, { "problem.json": { ...meta, slug: name }, ...files });
    expect((await formatError(dir)).message).toMatch(message);
  });

  it("checks a design problem's calls against its class", async () => {
    const design = {
      ...meta,
      slug: "tally-counter",
      function: undefined,
      class: {
        name: "Counter",
        constructor: [{ name: "start", type: "int" }],
        methods: [{ name: "add", params: [{ name: "by", type: "int" }], returns: "int" }],
      },
    };
    const good = {
      calls: [
        ["Counter", [1]],
        ["add", [2]],
      ],
      expected: [null, 3],
    };
    const cases = (extra: unknown) => ({ visible: [good, good], hidden: [good, good, extra] });
    const bad = [
      [{ calls: [["add", [1]]], expected: [null] }, /calls\[0\] must construct Counter/],
      [
        {
          calls: [
            ["Counter", [1]],
            ["sub", [1]],
          ],
          expected: [null, 0],
        },
        /calls\[1\] calls sub, which Counter does not have/,
      ],
      [
        {
          calls: [
            ["Counter", [1]],
            ["add", [1]],
          ],
          expected: [null],
        },
        /has 2 calls and 1 expected values/,
      ],
      [
        {
          calls: [
            ["Counter", [1]],
            ["add", [1, 2]],
          ],
          expected: [null, 1],
        },
        /passes 2 arguments to add/,
      ],
    ] as const;
    for (const [index, [extra, message]] of bad.entries()) {
      const slug = `tally-counter-${index}`;
      const dir = folder(slug, { "problem.json": { ...design, slug }, "tests.json": cases(extra) });
      expect((await formatError(dir)).message).toMatch(message);
    }
  });
});

describe("loadProblems", () => {
  it("loads every folder of the real bank", async () => {
    const problems = await loadProblems(join(import.meta.dirname, "../../../content/problems"));
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.hidden.length).toBeGreaterThanOrEqual(3);
  });
});
