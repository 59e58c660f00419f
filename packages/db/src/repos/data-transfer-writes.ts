import { and, eq, inArray, sql } from "drizzle-orm";
import type { ExportTable, ExportTables, UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { pgErrorCode } from "../pg-errors.js";
import {
  applicationContacts,
  companies,
  interviewers,
  offerPreferences,
  offers,
  practiceDrafts,
  practiceProgress,
  timingSettings,
} from "../schema.js";
import { TRANSFER_TABLES, type IdTable } from "./data-transfer-tables.js";

/* The writes an import or a restore needs, each in the caller's transaction. */

type Rows<T extends ExportTable> = ExportTables[T];

/** Writing many rows per statement, under PostgreSQL's 65,535 parameters per statement. */
const CHUNK = 500;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Which of these ids the user already has in the table. */
export async function ownedIds(db: Db, userId: UserId, table: IdTable, ids: readonly string[]): Promise<Set<string>> {
  const t = TRANSFER_TABLES[table].table;
  const found = new Set<string>();
  for (const part of chunks(ids)) {
    const rows = await db
      .select({ id: t.id })
      .from(t)
      .where(and(eq(t.userId, userId), inArray(t.id, part)));
    for (const row of rows) found.add(row.id);
  }
  return found;
}

/**
 * Inserts rows as the user's, in the given order, skipping any that hit a unique key (an id
 * taken by another user, or a row that is already there under another id); returns the ids
 * written. `strict` writes every row or fails.
 */
export async function insertRows<T extends IdTable>(
  db: Db,
  userId: UserId,
  table: T,
  rows: Rows<T>,
  options: { strict?: boolean } = {},
): Promise<Set<string>> {
  const t = TRANSFER_TABLES[table].table;
  const written = new Set<string>();
  for (const part of chunks<Rows<T>[number]>(rows)) {
    const values = part.map((row) => ({ ...row, userId }));
    const insert = db.insert(t).values(values as never);
    const rowsWritten = await (options.strict ? insert : insert.onConflictDoNothing()).returning({ id: t.id });
    for (const row of rowsWritten) written.add(row.id);
  }
  return written;
}

/** The user's companies whose names match these, case-insensitively as the unique index compares: name → id. */
export async function companiesNamed(db: Db, userId: UserId, names: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const part of chunks(names)) {
    const list = sql.join(
      part.map((name) => sql`(${name}::text)`),
      sql`, `,
    );
    const rows = await db.execute<{ name: string; id: string }>(
      sql`select n.name, c.id from (values ${list}) as n(name)
          join ${companies} c on c.user_id = ${userId} and lower(c.name) = lower(n.name)`,
    );
    for (const row of resultRows<{ name: string; id: string }>(rows)) found.set(row.name, row.id);
  }
  return found;
}

/** The user's links among these (application, contact, role) triples, as "application contact role" keys. */
export async function existingLinks(db: Db, userId: UserId, applicationIds: readonly string[]): Promise<Set<string>> {
  const l = applicationContacts;
  const found = new Set<string>();
  for (const part of chunks([...new Set(applicationIds)])) {
    const rows = await db
      .select({ applicationId: l.applicationId, contactId: l.contactId, role: l.role })
      .from(l)
      .where(and(eq(l.userId, userId), inArray(l.applicationId, part)));
    for (const row of rows) found.add(`${row.applicationId} ${row.contactId} ${row.role}`);
  }
  return found;
}

/** Links interviewers to interviews, skipping pairs already there; returns how many were written. */
export async function insertInterviewers(db: Db, userId: UserId, rows: Rows<"interviewers">): Promise<number> {
  let written = 0;
  for (const part of chunks(rows)) {
    const inserted = await db
      .insert(interviewers)
      .values(part.map((row) => ({ ...row, userId })))
      .onConflictDoNothing()
      .returning({ interviewId: interviewers.interviewId });
    written += inserted.length;
  }
  return written;
}

/** The user's offers on these applications: application id → offer id (one offer per application). */
export async function offersOnApplications(
  db: Db,
  userId: UserId,
  applicationIds: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const part of chunks([...new Set(applicationIds)])) {
    const rows = await db
      .select({ applicationId: offers.applicationId, id: offers.id })
      .from(offers)
      .where(and(eq(offers.userId, userId), inArray(offers.applicationId, part)));
    for (const row of rows) found.set(row.applicationId, row.id);
  }
  return found;
}

/** Writes the user's offer preferences unless they have some already; whether it wrote them. */
export async function insertOfferPreferences(
  db: Db,
  userId: UserId,
  row: Rows<"offerPreferences">[number],
): Promise<boolean> {
  const inserted = await db
    .insert(offerPreferences)
    .values({ ...row, userId })
    .onConflictDoNothing()
    .returning({ userId: offerPreferences.userId });
  return inserted.length > 0;
}

/** Writes the user's timing settings unless they have some already; whether it wrote them. */
export async function insertTimingSettings(
  db: Db,
  userId: UserId,
  row: Rows<"timingSettings">[number],
): Promise<boolean> {
  const inserted = await db
    .insert(timingSettings)
    .values({ ...row, userId })
    .onConflictDoNothing()
    .returning({ userId: timingSettings.userId });
  return inserted.length > 0;
}

/**
 * Writes practice progress or drafts, keeping what the user has for the same problem (and
 * language); returns how many were written.
 */
export async function insertPracticeRows(
  db: Db,
  userId: UserId,
  table: "practiceProgress" | "practiceDrafts",
  rows: Rows<"practiceProgress"> | Rows<"practiceDrafts">,
): Promise<number> {
  const t = table === "practiceProgress" ? practiceProgress : practiceDrafts;
  let written = 0;
  for (const part of chunks<(typeof rows)[number]>(rows)) {
    const inserted = await db
      .insert(t)
      .values(part.map((row) => ({ ...row, userId })) as never)
      .onConflictDoNothing()
      .returning({ slug: t.slug });
    written += inserted.length;
  }
  return written;
}

/** Both drivers answer `execute` as `{ rows }`. */
function resultRows<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/**
 * The database's own words when a write failed on the data (SQLSTATE class 22, a value it cannot
 * hold, or 23, a broken constraint); undefined for any other failure.
 */
export function dataErrorMessage(error: unknown): string | undefined {
  const code = pgErrorCode(error);
  if (!code || !/^2[23]/.test(code)) return undefined;
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if ((e as { code?: unknown }).code === code) return String((e as { message?: unknown }).message);
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
