import { z } from "zod";

/**
 * The coding-practice contract: languages, verdicts, and the format of a problem in
 * `content/problems/<slug>/` (documented for authors in `content/problems/README.md`).
 */

export const LANGUAGES = ["python", "javascript", "typescript", "cpp", "java", "go", "rust"] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES, { error: `must be one of ${LANGUAGES.join(", ")}` });

export const VERDICTS = [
  "accepted",
  "wrong_answer",
  "time_limit",
  "memory_limit",
  "runtime_error",
  "compile_error",
  "output_limit",
  "ok",
] as const;
export type Verdict = (typeof VERDICTS)[number];
export const verdictSchema = z.enum(VERDICTS);

export const TOPICS = [
  "arrays-hashing",
  "two-pointers",
  "sliding-window",
  "stack",
  "binary-search",
  "linked-list",
  "trees",
  "tries",
  "heaps",
  "backtracking",
  "graphs",
  "shortest-paths",
  "dp-1d",
  "dp-2d",
  "greedy",
  "intervals",
  "math",
  "bit-manipulation",
  "design",
] as const;
export type Topic = (typeof TOPICS)[number];

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/**
 * A value's type in a signature. Scalars: `int` (fits in 32 bits), `long` (64 bits; JSON numbers
 * up to 2^53), `double`, `bool`, `string`; `ListNode` (a singly linked list of ints, written in
 * JSON as an array) and `TreeNode` (a binary tree of ints, written as its level order with nulls,
 * as in `[3, 9, 20, null, null, 15, 7]`); arrays of those with `[]`, at most two levels
 * (`int[][]`, `string[]`). `void` only as a method's return.
 */
export const VALUE_TYPE = /^(int|long|double|bool|string|ListNode|TreeNode)(\[\]){0,2}$/;
export const valueTypeSchema = z.string().regex(VALUE_TYPE, {
  error: "is not a value type (int, long, double, bool, string, ListNode, TreeNode, with up to two [])",
});
export const returnTypeSchema = z.union([valueTypeSchema, z.literal("void")]);

/** camelCase, as in TypeScript; Python's name is its snake_case. */
const identifier = z.string().regex(/^[a-z][A-Za-z0-9]*$/, { error: "must be a camelCase identifier" });
const className = z.string().regex(/^[A-Z][A-Za-z0-9]*$/, { error: "must be a PascalCase class name" });

export const paramSchema = z.strictObject({ name: identifier, type: valueTypeSchema });
export type Param = z.infer<typeof paramSchema>;

export const functionSignatureSchema = z.strictObject({
  name: identifier,
  params: z.array(paramSchema).max(6),
  returns: valueTypeSchema,
});
export type FunctionSignature = z.infer<typeof functionSignatureSchema>;

/** A design exercise: a class, its constructor's parameters and its methods. */
export const classSignatureSchema = z.strictObject({
  name: className,
  constructor: z.array(paramSchema).max(6),
  methods: z
    .array(z.strictObject({ name: identifier, params: z.array(paramSchema).max(6), returns: returnTypeSchema }))
    .min(1),
});
export type ClassSignature = z.infer<typeof classSignatureSchema>;

/**
 * How an answer is compared with the expected one:
 * - exact: equal as JSON values (numbers compared exactly);
 * - unordered: both arrays hold the same elements in any order (each element compared exactly;
 *   with `nested`, each element is itself an array compared in any order: groupings);
 * - float: numbers (or arrays of them) within `tolerance`, absolute or relative;
 * - checker: `checker.ts` in the problem's folder decides (many right answers).
 */
export const compareSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("exact") }),
  z.strictObject({ kind: z.literal("unordered"), nested: z.boolean().optional() }),
  z.strictObject({ kind: z.literal("float"), tolerance: z.number().positive().max(0.1) }),
  z.strictObject({ kind: z.literal("checker") }),
]);
export type Compare = z.infer<typeof compareSchema>;

export const problemMetaSchema = z
  .strictObject({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be lower-case words joined by -" }),
    title: z.string().trim().min(3).max(80),
    difficulty: z.enum(DIFFICULTIES),
    topics: z.array(z.enum(TOPICS)).min(1).max(3),
    /** Minutes a prepared candidate needs: what the interview timer and the list show. */
    estimateMinutes: z.number().int().min(5).max(90),
    function: functionSignatureSchema.optional(),
    class: classSignatureSchema.optional(),
    compare: compareSchema,
    /** Per test case, for the reference solutions' languages (compiled languages get the same). */
    timeLimitMs: z.number().int().min(100).max(10_000).default(2_000),
    memoryLimitMb: z.number().int().min(32).max(1024).default(256),
    /** The deliberately wrong or slow solutions in `solutions/`, each with the verdict it must get. */
    wrong: z
      .array(
        z.strictObject({
          file: z.string().regex(/^[a-z0-9-]+\.(py|ts|js)$/),
          verdict: z.enum(["wrong_answer", "time_limit", "runtime_error", "memory_limit"]),
        }),
      )
      .min(1),
  })
  .refine((meta) => (meta.function === undefined) !== (meta.class === undefined), {
    error: "needs exactly one of function and class",
    path: ["function"],
  });
export type ProblemMeta = z.infer<typeof problemMetaSchema>;

/** A function problem's case: the arguments in order, and the expected return value. */
export const functionCaseSchema = z.strictObject({
  args: z.array(z.unknown()),
  expected: z.unknown(),
  /** What the case is about ("empty input", "all equal"), shown beside a visible case. */
  note: z.string().max(120).optional(),
});
/**
 * A design problem's case: the calls in order, the first the constructor (`["RateLimiter", [3, 10]]`),
 * and what each call returns (`null` for the constructor and for void methods).
 */
export const classCaseSchema = z.strictObject({
  calls: z.array(z.tuple([z.string(), z.array(z.unknown())])).min(1),
  expected: z.array(z.unknown()),
  note: z.string().max(120).optional(),
});
export type FunctionCase = z.infer<typeof functionCaseSchema>;
export type ClassCase = z.infer<typeof classCaseSchema>;
export type TestCase = FunctionCase | ClassCase;

/** `tests.json`: the examples the statement shows (visible) and the rest (hidden, by number only). */
export const testsFileSchema = z.strictObject({
  visible: z.array(z.unknown()).min(2).max(10),
  hidden: z.array(z.unknown()).min(3),
});

/** A loaded problem: its metadata, statement, cases (with any generated large ones) and starters. */
export interface Problem {
  meta: ProblemMeta;
  statement: string;
  visible: TestCase[];
  hidden: TestCase[];
}
