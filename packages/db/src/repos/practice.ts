import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Language, UserId, Verdict } from "@loopwise/domain";
import type { Db } from "../database.js";
import { practiceAttempts, practiceDrafts, practiceProgress } from "../schema.js";

/*
 * A user's work on the bank's problems, named by slug: progress (status, last language, notes),
 * drafts per language, and attempts. The bank itself is files, not rows.
 */

export type ProgressRow = typeof practiceProgress.$inferSelect;
export type DraftRow = typeof practiceDrafts.$inferSelect;
export type PracticeAttemptRow = typeof practiceAttempts.$inferSelect;

export interface LastAttemptRow {
  slug: string;
  mode: string;
  language: string;
  verdict: string;
  createdAt: string;
}

/** What the judge said about one attempt at a bank problem. */
export interface BankAttemptValues {
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
}

export async function listProgress(db: Db, userId: UserId): Promise<ProgressRow[]> {
  return db.select().from(practiceProgress).where(eq(practiceProgress.userId, userId));
}

export async function getProgress(db: Db, userId: UserId, slug: string): Promise<ProgressRow | undefined> {
  const [row] = await db
    .select()
    .from(practiceProgress)
    .where(and(eq(practiceProgress.userId, userId), eq(practiceProgress.slug, slug)));
  return row;
}

/** The latest attempt at each problem the user tried, in one query. */
export async function lastAttempts(db: Db, userId: UserId): Promise<LastAttemptRow[]> {
  const a = practiceAttempts;
  const rows = await db
    .selectDistinctOn([a.slug], {
      slug: a.slug,
      mode: a.mode,
      language: a.language,
      verdict: a.verdict,
      createdAt: a.createdAt,
    })
    .from(a)
    .where(and(eq(a.userId, userId), isNotNull(a.slug)))
    .orderBy(a.slug, desc(a.createdAt), desc(a.id));
  return rows as LastAttemptRow[];
}

export async function listDrafts(db: Db, userId: UserId, slug: string): Promise<DraftRow[]> {
  return db
    .select()
    .from(practiceDrafts)
    .where(and(eq(practiceDrafts.userId, userId), eq(practiceDrafts.slug, slug)))
    .orderBy(practiceDrafts.language);
}

/** Replaces the draft in one language; the problem remembers the language as the last used. */
export async function saveDraft(
  db: Db,
  userId: UserId,
  slug: string,
  language: Language,
  code: string,
  now: string,
): Promise<DraftRow> {
  const [row] = await db
    .insert(practiceDrafts)
    .values({ userId, slug, language, code, updatedAt: now })
    .onConflictDoUpdate({
      target: [practiceDrafts.userId, practiceDrafts.slug, practiceDrafts.language],
      set: { code, updatedAt: now },
    })
    .returning();
  await touchProgress(db, userId, slug, { lastLanguage: language }, now);
  return row!;
}

/** Replaces the notes (null clears them). */
export async function saveNotes(db: Db, userId: UserId, slug: string, notes: string | null, now: string) {
  return touchProgress(db, userId, slug, { notes }, now);
}

async function touchProgress(
  db: Db,
  userId: UserId,
  slug: string,
  set: { lastLanguage?: Language; notes?: string | null },
  now: string,
): Promise<ProgressRow> {
  const [row] = await db
    .insert(practiceProgress)
    .values({ userId, slug, ...set, updatedAt: now })
    .onConflictDoUpdate({ target: [practiceProgress.userId, practiceProgress.slug], set: { ...set, updatedAt: now } })
    .returning();
  return row!;
}

/**
 * Stores an attempt and moves the problem's status on: any attempt makes it attempted, an
 * accepted submit solved, and solved stays solved.
 */
export async function recordBankAttempt(
  db: Db,
  userId: UserId,
  values: BankAttemptValues,
  now: string,
): Promise<PracticeAttemptRow> {
  const [row] = await db
    .insert(practiceAttempts)
    .values({ ...values, userId, createdAt: now })
    .returning();
  const solved = values.mode === "submit" && values.verdict === "accepted";
  const p = practiceProgress;
  await db
    .insert(p)
    .values({
      userId,
      slug: values.slug,
      status: solved ? "solved" : "attempted",
      lastLanguage: values.language,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [p.userId, p.slug],
      set: {
        status: sql`case when ${p.status} = 'solved' or excluded.status = 'solved' then 'solved' else 'attempted' end`,
        lastLanguage: values.language,
        updatedAt: now,
      },
    });
  return row!;
}

/** A problem's attempts, newest first (at most `limit`). */
export async function listBankAttempts(
  db: Db,
  userId: UserId,
  slug: string,
  limit = 200,
): Promise<PracticeAttemptRow[]> {
  const a = practiceAttempts;
  return db
    .select()
    .from(a)
    .where(and(eq(a.userId, userId), eq(a.slug, slug)))
    .orderBy(desc(a.createdAt), desc(a.id))
    .limit(limit);
}
