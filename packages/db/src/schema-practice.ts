import { sql } from "drizzle-orm";
import { boolean, integer, unique, check, index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { ownedBy, ownerId, stamps } from "./schema-base.js";

/*
 * Coding practice. Problems of the bank live in content/problems/ and are named by their slug;
 * problems tracked from elsewhere are the user's own rows. Language and verdict lists are the
 * domain's LANGUAGES and VERDICTS (practice/problem.ts).
 */
const LANGUAGE_LIST = sql.raw(`('python','javascript','typescript','cpp','java','go','rust')`);

/** A bank problem's state for one user; no row is a problem never touched ("new"). */
export const practiceProgress = pgTable(
  "practice_progress",
  {
    userId: ownerId(),
    slug: text("slug").notNull(),
    /** "new" while only notes or drafts exist; an attempt makes it "attempted", an accepted submit "solved". */
    status: text("status").notNull().default("new"),
    lastLanguage: text("last_language"),
    /** Markdown: the approach and its complexity. */
    notes: text("notes"),
    updatedAt: stamps.updatedAt,
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.slug] }),
    check("practice_progress_status_check", sql`${t.status} in ('new','attempted','solved')`),
    check("practice_progress_language_check", sql`${t.lastLanguage} in ${LANGUAGE_LIST}`),
  ],
);

/** The code as typed, per problem and language: saved as the user types. */
export const practiceDrafts = pgTable(
  "practice_drafts",
  {
    userId: ownerId(),
    slug: text("slug").notNull(),
    language: text("language").notNull(),
    code: text("code").notNull(),
    updatedAt: stamps.updatedAt,
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.slug, t.language] }),
    check("practice_drafts_language_check", sql`${t.language} in ${LANGUAGE_LIST}`),
  ],
);

/** A problem from another site, by name and link only: nothing of it is copied here. */
export const trackedProblems = pgTable(
  "tracked_problems",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: ownerId(),
    name: text("name").notNull(),
    url: text("url"),
    difficulty: text("difficulty"),
    topics: text("topics")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    notes: text("notes"),
    ...stamps,
  },
  (t) => [
    unique("tracked_problems_id_user_key").on(t.id, t.userId),
    index("tracked_problems_user_idx").on(t.userId, t.createdAt),
    check("tracked_problems_difficulty_check", sql`${t.difficulty} in ('easy','medium','hard')`),
  ],
);

/**
 * One attempt: at a bank problem (slug; the judge's verdict and the code) or at a tracked problem
 * (the user's own outcome, no code). A run on a problem's examples is recorded too, marked as such.
 */
export const practiceAttempts = pgTable(
  "practice_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: ownerId(),
    slug: text("slug"),
    trackedProblemId: uuid("tracked_problem_id"),
    /** Bank attempts: "run" (the examples) or "submit" (every case). */
    mode: text("mode"),
    language: text("language"),
    code: text("code"),
    verdict: text("verdict").notNull(),
    timeMs: integer("time_ms"),
    passed: integer("passed"),
    total: integer("total"),
    /** The time the user spent on it, when they timed it. */
    durationSeconds: integer("duration_seconds"),
    interview: boolean("interview").notNull().default(false),
    notes: text("notes"),
    createdAt: stamps.createdAt,
  },
  (t) => [
    ownedBy("practice_attempts_tracked_fk", t.trackedProblemId, t.userId, trackedProblems).onDelete("cascade"),
    index("practice_attempts_user_slug_idx")
      .on(t.userId, t.slug, t.createdAt)
      .where(sql`${t.slug} is not null`),
    index("practice_attempts_tracked_idx").on(t.trackedProblemId, t.createdAt),
    check("practice_attempts_problem_check", sql`(${t.slug} is null) <> (${t.trackedProblemId} is null)`),
    check(
      "practice_attempts_bank_check",
      sql`${t.slug} is null or (${t.mode} in ('run','submit') and ${t.language} is not null and ${t.code} is not null and ${t.verdict} in ('accepted','wrong_answer','time_limit','memory_limit','runtime_error','compile_error','output_limit','ok'))`,
    ),
    check(
      "practice_attempts_tracked_check",
      sql`${t.trackedProblemId} is null or (${t.mode} is null and ${t.code} is null and ${t.verdict} in ('solved','solved_with_hints','failed'))`,
    ),
    check("practice_attempts_language_check", sql`${t.language} in ${LANGUAGE_LIST}`),
    check(
      "practice_attempts_numbers_check",
      sql`${t.timeMs} >= 0 and ${t.durationSeconds} >= 0 and ${t.passed} between 0 and ${t.total}`,
    ),
  ],
);
