import {
  classCaseSchema,
  functionCaseSchema,
  problemMetaSchema,
  seededRandom,
  testsFileSchema,
  type Problem,
  type ProblemMeta,
  type TestCase,
} from "@loopwise/domain";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { z } from "zod";
import type { Checker } from "./compare.js";
import { checkCaseShape } from "./problems-cases.js";
import { importTypeScript } from "./problems-import.js";

/**
 * The problem bank: `content/problems/<slug>/` folders (format: content/problems/README.md),
 * validated with the domain's schemas, with the generated large cases and the checker attached.
 */

export interface LoadedProblem extends Problem {
  /** The problem's folder, where its solutions are. */
  folder: string;
  /** `checker.ts`, for problems compared with a checker: trusted code, run on the host. */
  checker?: Checker;
  /**
   * The hidden cases `large.ts` generates (absent without one), made on the first call and kept:
   * up to 100,000 values each, so listing the bank never waits for them; a submit does.
   */
  largeCases?: () => Promise<TestCase[]>;
}

/** A problem folder that does not follow the format: the message names the folder, the file and the field. */
export class ProblemFormatError extends Error {
  constructor(
    readonly folder: string,
    readonly file: string,
    detail: string,
  ) {
    super(`${folder}/${file}: ${detail}`);
    this.name = "ProblemFormatError";
  }
}

function parsed<T>(schema: z.ZodType<T>, value: unknown, folder: string, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${issue.path.join(".") || "(the file)"} ${issue.message}`);
  throw new ProblemFormatError(folder, file, issues.join("; "));
}

async function readJson(folder: string, file: string): Promise<unknown> {
  const text = await readFile(join(folder, file), "utf8").catch(() => {
    throw new ProblemFormatError(folder, file, "is missing");
  });
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ProblemFormatError(folder, file, `is not JSON: ${(error as Error).message}`);
  }
}

/** FNV-1a: a stable seed per slug, so a problem's large cases are the same on every machine. */
export function slugSeed(slug: string): number {
  let hash = 0x811c9dc5;
  for (const char of slug) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

function cases(meta: ProblemMeta, values: unknown[], folder: string, where: string): TestCase[] {
  const schema = meta.class !== undefined ? classCaseSchema : functionCaseSchema;
  return values.map((value, index) => {
    const file = `${where}[${index}]`;
    const testCase = parsed<TestCase>(schema, value, folder, file);
    const problem = checkCaseShape(meta, testCase);
    if (problem !== undefined) throw new ProblemFormatError(folder, file, problem);
    return testCase;
  });
}

async function defaultExport<T>(folder: string, file: string): Promise<T> {
  const module = (await importTypeScript(join(folder, file))) as { default?: unknown };
  if (typeof module.default !== "function")
    throw new ProblemFormatError(folder, file, "has no default export function");
  return module.default as T;
}

async function generateLarge(meta: ProblemMeta, folder: string): Promise<TestCase[]> {
  const large = await defaultExport<(random: () => number) => unknown[]>(folder, "large.ts");
  return cases(meta, large(seededRandom(slugSeed(meta.slug))), folder, "large.ts case");
}

/** The first call's promise, kept; a failed one is dropped so the next call tries again. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () =>
    (made ??= make().catch((error: unknown) => {
      made = undefined;
      throw error;
    }));
}

export async function loadProblem(folder: string): Promise<LoadedProblem> {
  const meta = parsed(problemMetaSchema, await readJson(folder, "problem.json"), folder, "problem.json");
  if (meta.slug !== basename(folder))
    throw new ProblemFormatError(folder, "problem.json", `slug ${meta.slug} is not the folder's name`);
  const statement = await readFile(join(folder, "statement.md"), "utf8").catch(() => "");
  if (statement.trim() === "") throw new ProblemFormatError(folder, "statement.md", "is missing or empty");
  const tests = parsed(testsFileSchema, await readJson(folder, "tests.json"), folder, "tests.json");
  const problem: LoadedProblem = {
    folder,
    meta,
    statement,
    visible: cases(meta, tests.visible, folder, "tests.json visible"),
    hidden: cases(meta, tests.hidden, folder, "tests.json hidden"),
  };
  if (existsSync(join(folder, "large.ts"))) problem.largeCases = once(() => generateLarge(meta, folder));
  const hasChecker = existsSync(join(folder, "checker.ts"));
  if (meta.compare.kind === "checker") {
    if (!hasChecker) throw new ProblemFormatError(folder, "checker.ts", "is missing: compare.kind is checker");
    problem.checker = await defaultExport<Checker>(folder, "checker.ts");
  } else if (hasChecker) {
    throw new ProblemFormatError(folder, "checker.ts", `is never used: compare.kind is ${meta.compare.kind}`);
  }
  return problem;
}

/** Every problem under `root` (each folder holding a problem.json), by slug. */
export async function loadProblems(root: string): Promise<LoadedProblem[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => join(root, entry.name));
  const problems = await Promise.all(folders.sort().map(loadProblem));
  return problems;
}

/** Solution files by extension: the references the bank requires (Python, TypeScript), and others it may hold. */
export const SOLUTION_LANGUAGES = { py: "python", ts: "typescript", js: "javascript", go: "go" } as const;
export type SolutionLanguage = (typeof SOLUTION_LANGUAGES)[keyof typeof SOLUTION_LANGUAGES];

/** A problem's solution file and the language it is in (by extension). */
export async function readSolution(
  problem: LoadedProblem,
  file: string,
): Promise<{ language: SolutionLanguage; source: string }> {
  const extension = file.split(".").pop() ?? "";
  const language = SOLUTION_LANGUAGES[extension as keyof typeof SOLUTION_LANGUAGES];
  if (language === undefined)
    throw new ProblemFormatError(problem.folder, `solutions/${file}`, "is in no language the bank knows");
  const source = await readFile(join(problem.folder, "solutions", file), "utf8").catch(() => {
    throw new ProblemFormatError(problem.folder, `solutions/${file}`, "is missing");
  });
  return { language, source };
}
