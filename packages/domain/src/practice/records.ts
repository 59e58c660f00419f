import { z } from "zod";
import { requiredText, storable, trimmed, urlSchema } from "../fields.js";
import type { Brand } from "../ids.js";
import {
  DIFFICULTIES,
  languageSchema,
  problemMetaSchema,
  TOPICS,
  type ClassSignature,
  type Compare,
  type Difficulty,
  type FunctionSignature,
  type Language,
  type TestCase,
  type Topic,
  type Verdict,
} from "./problem.js";
import type { LanguageInfo, RunResult } from "./run.js";

/** The practice API's request schemas and answers (routes under /api/problems, /api/runs, /api/tracked-problems). */

export type TrackedProblemId = Brand<string, "TrackedProblemId">;
export type PracticeAttemptId = Brand<string, "PracticeAttemptId">;

/** A bank problem for one user: new (never attempted), attempted, or solved (an accepted submit). */
export const PRACTICE_STATUSES = ["new", "attempted", "solved"] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];

/** How an attempt at a problem from elsewhere went: the user says, no judge does. */
export const TRACKED_VERDICTS = ["solved", "solved_with_hints", "failed"] as const;
export type TrackedVerdict = (typeof TRACKED_VERDICTS)[number];

/** Sources, drafts and custom input are capped (UTF-8 bytes): the judge refuses larger sources too. */
export const MAX_CODE_BYTES = 64 * 1024;
/** An attempt's duration is at most a day: a timer left running overnight is not practice. */
export const MAX_DURATION_SECONDS = 24 * 60 * 60;

/** The length of a string in UTF-8, as the judge and the database will hold it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
const capped = z.string().refine((s) => s.length <= MAX_CODE_BYTES && utf8Bytes(s) <= MAX_CODE_BYTES, {
  error: `must be at most ${MAX_CODE_BYTES / 1024} KB`,
});
const durationSchema = z
  .number()
  .int({ error: "must be a whole number of seconds" })
  .min(0, { error: "cannot be negative" })
  .max(MAX_DURATION_SECONDS, { error: "must be at most a day (86400 seconds)" });
/** An empty query parameter (`?topic=`) is the same as none. */
const param = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

export const problemSlugSchema = problemMetaSchema.shape.slug;
export const problemSlugParamSchema = z.strictObject({ slug: problemSlugSchema });

export const problemListQuerySchema = z.strictObject({
  topic: param(z.enum(TOPICS)),
  difficulty: param(z.enum(DIFFICULTIES)),
  status: param(z.enum(PRACTICE_STATUSES)),
  /** Words looked for in the title, the slug and the statement. */
  q: param(z.string().trim().max(100, { error: "at most 100 characters" })),
});
export type ProblemListQuery = z.infer<typeof problemListQuerySchema>;

export const draftBodySchema = z.strictObject({ language: languageSchema, code: storable(capped) });
export type DraftBody = z.infer<typeof draftBodySchema>;

export const notesBodySchema = z.strictObject({ notes: trimmed(20_000).nullable() });

/**
 * POST /api/runs. `run` with a problem runs its examples, `run` without one runs the program on
 * `stdin`; `submit` judges every case of the problem. Both record an attempt when a problem is named.
 */
export const runBodySchema = z
  .strictObject({
    language: languageSchema,
    source: storable(capped),
    problem: problemSlugSchema.optional(),
    mode: z.enum(["run", "submit"], { error: 'must be "run" or "submit"' }),
    stdin: capped.optional(),
    /** Seconds the user has spent on the problem so far (the page's timer). */
    durationSeconds: durationSchema.optional(),
    interview: z.boolean().optional(),
  })
  .refine((body) => body.mode === "run" || body.problem !== undefined, {
    path: ["problem"],
    error: "is required to submit: a submit is judged on a problem's cases",
  })
  .refine((body) => body.problem === undefined || body.stdin === undefined, {
    path: ["stdin"],
    error: "goes with a plain run: a run on a problem uses its examples",
  });
export type RunBody = z.infer<typeof runBodySchema>;

/** Notes in Markdown, as the rest of the app bounds them, and storable. */
const practiceNotes = trimmed(20_000).nullable().optional();

const trackedFields = {
  name: requiredText(200),
  url: urlSchema.nullable().optional(),
  difficulty: z.enum(DIFFICULTIES).nullable().optional(),
  topics: z
    .array(z.enum(TOPICS))
    .max(5, { error: "at most 5 topics" })
    .refine((topics) => new Set(topics).size === topics.length, { error: "names a topic twice" })
    .optional(),
  notes: practiceNotes,
};
export const trackedProblemInputSchema = z.strictObject(trackedFields);
export type TrackedProblemInput = z.infer<typeof trackedProblemInputSchema>;
export const trackedProblemPatchSchema = z.strictObject(trackedFields).partial();
export type TrackedProblemPatch = z.infer<typeof trackedProblemPatchSchema>;

export const trackedAttemptInputSchema = z.strictObject({
  verdict: z.enum(TRACKED_VERDICTS),
  durationSeconds: durationSchema.optional(),
  language: languageSchema.optional(),
  interview: z.boolean().optional(),
  notes: practiceNotes,
});
export type TrackedAttemptInput = z.infer<typeof trackedAttemptInputSchema>;

/** GET /api/languages. `refused`: server mode without bubblewrap, where no code runs. */
export type Isolation = "bubblewrap" | "limits-only" | "refused";
export interface LanguagesAnswer {
  languages: LanguageInfo[];
  isolation: Isolation;
  /** Why runs are less isolated than they should be, or refused. */
  warning?: string;
}

/** An attempt at a bank problem, with the code as it was sent. */
export interface PracticeAttempt {
  id: PracticeAttemptId;
  slug: string;
  mode: "run" | "submit";
  language: Language;
  code: string;
  verdict: Verdict;
  timeMs: number | null;
  passed: number | null;
  total: number | null;
  durationSeconds: number | null;
  interview: boolean;
  createdAt: string;
}

export type AttemptSummary = Pick<PracticeAttempt, "mode" | "language" | "verdict" | "createdAt">;

/** GET /api/problems: one row of the list. */
export interface ProblemSummary {
  slug: string;
  title: string;
  difficulty: Difficulty;
  topics: Topic[];
  estimateMinutes: number;
  status: PracticeStatus;
  lastAttempt: AttemptSummary | null;
}

/** Progress over the whole bank, whatever the filters: counts per status, solved of total per topic. */
export interface PracticeSummary {
  total: number;
  byStatus: Record<PracticeStatus, number>;
  byTopic: { topic: Topic; total: number; solved: number }[];
}

export interface ProblemListAnswer {
  problems: ProblemSummary[];
  summary: PracticeSummary;
}

export interface PracticeDraft {
  language: Language;
  code: string;
  updatedAt: string;
}

/** GET /api/problems/:slug: everything the page needs; the hidden cases only by count. */
export interface ProblemDetail extends Omit<ProblemSummary, "lastAttempt"> {
  statement: string;
  signature: { function?: FunctionSignature; class?: ClassSignature };
  compare: Compare["kind"];
  timeLimitMs: number;
  memoryLimitMb: number;
  examples: TestCase[];
  /** The hidden cases written in tests.json; `largeCases` says whether generated large ones follow. */
  hiddenCount: number;
  largeCases: boolean;
  /** For the languages this machine runs. */
  starters: Partial<Record<Language, string>>;
  drafts: PracticeDraft[];
  notes: string | null;
  lastLanguage: Language | null;
}

/** POST /api/runs: the judge's result, and the attempt it recorded when a problem was named. */
export type RunAnswer = RunResult & { attempt?: PracticeAttempt };

export interface TrackedAttempt {
  id: PracticeAttemptId;
  trackedProblemId: TrackedProblemId;
  verdict: TrackedVerdict;
  language: Language | null;
  durationSeconds: number | null;
  interview: boolean;
  notes: string | null;
  createdAt: string;
}

export interface TrackedProblem {
  id: TrackedProblemId;
  name: string;
  url: string | null;
  difficulty: Difficulty | null;
  topics: Topic[];
  notes: string | null;
  /** solved once an attempt was solved on its own (with hints does not count), attempted after any attempt. */
  status: PracticeStatus;
  attemptCount: number;
  lastAttempt: TrackedAttempt | null;
  createdAt: string;
  updatedAt: string;
}
