import { z } from "zod";
import { idSchema } from "../fields.js";
import { LANGUAGES, TOPICS, DIFFICULTIES, VERDICTS, problemMetaSchema } from "../practice/problem.js";
import { MAX_CODE_BYTES, PRACTICE_STATUSES, TRACKED_VERDICTS } from "../practice/records.js";
import { instant, notes, required, stamps, text, url } from "./document-fields.js";

/**
 * The export document's practice tables (version 4): progress and drafts per bank problem (by
 * slug), problems tracked from elsewhere, and every attempt. A row as stored, as the database's
 * checks hold it.
 */

const slug = problemMetaSchema.shape.slug;
const language = z.enum(LANGUAGES);
/** The database's integer columns. */
const count = z
  .number()
  .int({ error: "must be a whole number" })
  .min(0, { error: "cannot be negative" })
  .max(2 ** 31 - 1);

const practiceProgressSchema = z.strictObject({
  slug,
  status: z.enum(PRACTICE_STATUSES),
  lastLanguage: language.nullable(),
  notes,
  updatedAt: instant,
});

const practiceDraftSchema = z.strictObject({
  slug,
  language,
  code: text(MAX_CODE_BYTES),
  updatedAt: instant,
});

const trackedProblemSchema = z.strictObject({
  id: idSchema,
  name: required(200),
  url,
  difficulty: z.enum(DIFFICULTIES).nullable(),
  topics: z.array(z.enum(TOPICS)).max(5, { error: "at most 5 topics" }),
  notes,
  ...stamps,
});

const practiceAttemptSchema = z
  .strictObject({
    id: idSchema,
    slug: slug.nullable(),
    trackedProblemId: idSchema.nullable(),
    mode: z.enum(["run", "submit"]).nullable(),
    language: language.nullable(),
    code: text(MAX_CODE_BYTES).nullable(),
    verdict: z.enum([...VERDICTS, ...TRACKED_VERDICTS]),
    timeMs: count.nullable(),
    passed: count.nullable(),
    total: count.nullable(),
    durationSeconds: count.nullable(),
    interview: z.boolean(),
    notes,
    createdAt: instant,
  })
  .superRefine((a, ctx) => {
    const fault = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if ((a.slug === null) === (a.trackedProblemId === null)) {
      fault("trackedProblemId", "must be set exactly when slug is not: an attempt is at one problem");
    } else if (a.slug !== null) {
      if (a.mode === null) fault("mode", "is required for an attempt at a bank problem");
      if (a.language === null) fault("language", "is required for an attempt at a bank problem");
      if (a.code === null) fault("code", "is required for an attempt at a bank problem");
      if (!(VERDICTS as readonly string[]).includes(a.verdict)) fault("verdict", "must be a judge's verdict");
    } else {
      if (a.mode !== null) fault("mode", "must be null for a tracked problem");
      if (a.code !== null) fault("code", "must be null for a tracked problem");
      if (!(TRACKED_VERDICTS as readonly string[]).includes(a.verdict))
        fault("verdict", "must be solved, solved_with_hints or failed");
    }
    if (a.passed !== null && a.total !== null && a.passed > a.total) fault("passed", "must not be above total");
  });

export const practiceTableSchemas = {
  trackedProblems: z.array(trackedProblemSchema),
  practiceAttempts: z.array(practiceAttemptSchema),
  practiceProgress: z.array(practiceProgressSchema),
  practiceDrafts: z.array(practiceDraftSchema),
};

type Rows = { [K in keyof typeof practiceTableSchemas]: z.infer<(typeof practiceTableSchemas)[K]> };

/** Ids and keys unique, and every attempt at a tracked problem pointing at one in this file. */
export function checkPracticeReferences(doc: Rows, ctx: z.RefinementCtx) {
  const unique = <T>(table: keyof Rows, rows: T[], key: (row: T) => string, field: string) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(key(row)))
        ctx.addIssue({ code: "custom", path: [table, i, field], message: "appears twice in this file" });
      seen.add(key(row));
    });
    return seen;
  };
  const tracked = unique("trackedProblems", doc.trackedProblems, (t) => t.id, "id");
  unique("practiceAttempts", doc.practiceAttempts, (a) => a.id, "id");
  unique("practiceProgress", doc.practiceProgress, (p) => p.slug, "slug");
  unique("practiceDrafts", doc.practiceDrafts, (d) => `${d.slug} ${d.language}`, "language");
  doc.practiceAttempts.forEach((a, i) => {
    if (a.trackedProblemId !== null && !tracked.has(a.trackedProblemId)) {
      ctx.addIssue({
        code: "custom",
        path: ["practiceAttempts", i, "trackedProblemId"],
        message: "must be the id of a tracked problem in this file",
      });
    }
  });
}
