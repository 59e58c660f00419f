import { randomUUID } from "node:crypto";
import { and, eq, getTableColumns, sql, type Table } from "drizzle-orm";
import { positionBetween, type Stage, type UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { applications, companies, stageHistory } from "../schema.js";
import type { ApplicationValues } from "./applications.js";

/** One application of an import, validated and ready to write. */
export interface CsvImportRow {
  /** The file's line, for reporting. */
  line: number;
  companyName: string;
  stage: Stage;
  /** When it entered its stage (ISO timestamp): the stage_history row's time. */
  stageAt: string;
  values: Omit<ApplicationValues, "companyId">;
}

export interface CsvImportDuplicate {
  line: number;
  companyName: string;
  roleTitle: string;
}

export interface CsvImportOutcome {
  created: number;
  /** Rows whose company and role the user already has. */
  duplicates: CsvImportDuplicate[];
  companiesCreated: number;
}

export interface CsvImportOptions {
  /** ISO timestamp of the import. */
  now: string;
  /** Rows per INSERT; a progress report follows each batch. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void | Promise<void>;
}

/** A name compared the way a person would: case, accents' encoding and spacing aside. */
export function csvNameKey(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

/** What makes two applications the same for an import: the company's name and the role. */
export function csvImportKey(companyName: string, roleTitle: string): string {
  return `${csvNameKey(companyName)}\u0000${csvNameKey(roleTitle)}`;
}

/** The import keys of every application the user has. */
export async function existingCsvImportKeys(db: Db, userId: UserId): Promise<Set<string>> {
  const rows = await db
    .select({ companyName: companies.name, roleTitle: applications.roleTitle })
    .from(applications)
    .innerJoin(companies, and(eq(companies.id, applications.companyId), eq(companies.userId, applications.userId)))
    .where(eq(applications.userId, userId));
  return new Set(rows.map((row) => csvImportKey(row.companyName, row.roleTitle)));
}

/** The user's companies by csvNameKey. */
export async function csvCompanyIds(db: Db, userId: UserId): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(eq(companies.userId, userId));
  return new Map(rows.map((row) => [csvNameKey(row.name), row.id]));
}

/**
 * Writes an import in one transaction: the companies it names that the user lacks, then the
 * applications in batches, each with its first stage_history row, at the end of their stage's
 * column in file order. Rows whose company and role the user already has are skipped and
 * reported, so importing a file twice adds nothing. Any failure rolls the whole import back.
 * Imports of one user are serialised (an advisory lock), so two at once cannot both add a row.
 */
export async function importCsvApplications(
  db: Db,
  userId: UserId,
  rows: readonly CsvImportRow[],
  options: CsvImportOptions,
): Promise<CsvImportOutcome> {
  const { now, batchSize = 500, onProgress } = options;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`loopwise.csv-import.${userId}`}))`);
    const seen = await existingCsvImportKeys(tx, userId);
    const fresh: CsvImportRow[] = [];
    const duplicates: CsvImportDuplicate[] = [];
    for (const row of rows) {
      const key = csvImportKey(row.companyName, row.values.roleTitle);
      if (seen.has(key)) {
        duplicates.push({ line: row.line, companyName: row.companyName, roleTitle: row.values.roleTitle });
      } else {
        seen.add(key);
        fresh.push(row);
      }
    }
    const { ids: companyIds, created: companiesCreated } = await ensureCompanies(
      tx,
      userId,
      fresh.map((row) => row.companyName),
      now,
    );
    const positions = await positionsAtColumnEnds(tx, userId, fresh);
    await onProgress?.(0, fresh.length);
    for (let start = 0; start < fresh.length; start += batchSize) {
      const batch = fresh.slice(start, start + batchSize).map((row, i) => ({
        row,
        id: randomUUID(),
        position: positions[start + i]!,
      }));
      await insertWithHistory(
        tx,
        batch.map(({ row, id, position }) => ({
          ...row.values,
          id,
          userId,
          companyId: companyIds.get(csvNameKey(row.companyName))!,
          stage: row.stage,
          stageEnteredAt: row.stageAt,
          position,
          archived: false,
          createdAt: row.stageAt < now ? row.stageAt : now,
          updatedAt: now,
        })),
      );
      // The planner's statistics still say these tables are as small as before the import, and
      // the foreign-key checks of every later batch would scan them row by row (batch times grew
      // tenfold over 10,000 rows). ANALYZE counts this transaction's own rows; it is cheap.
      if (start === 0 && fresh.length > batchSize) {
        await tx.execute(sql`analyze ${companies}, ${applications}, ${stageHistory}`);
      }
      await onProgress?.(start + batch.length, fresh.length);
    }
    return { created: fresh.length, duplicates, companiesCreated };
  });
}

/** Ids for every named company, creating the missing ones (first spelling wins). */
async function ensureCompanies(
  db: Db,
  userId: UserId,
  names: readonly string[],
  now: string,
): Promise<{ ids: Map<string, string>; created: number }> {
  let ids = await csvCompanyIds(db, userId);
  const missing = new Map<string, string>();
  for (const name of names) {
    const key = csvNameKey(name);
    if (!ids.has(key) && !missing.has(key)) missing.set(key, name.trim());
  }
  let created = 0;
  const pending = [...missing.values()];
  for (let start = 0; start < pending.length; start += 1000) {
    const chunk = pending.slice(start, start + 1000).map((name) => ({ userId, name, createdAt: now, updatedAt: now }));
    // Someone else may have added one meanwhile: theirs is used below.
    created += await insertJsonRows(db, companies, chunk, { skipConflicts: true });
  }
  if (pending.length > 0) ids = await csvCompanyIds(db, userId);
  return { ids, created };
}

/** Fractional-index keys after each stage column's last card, in row order. */
async function positionsAtColumnEnds(db: Db, userId: UserId, rows: readonly CsvImportRow[]): Promise<string[]> {
  const ends = await db
    .select({ stage: applications.stage, last: sql<string>`max(${applications.position})` })
    .from(applications)
    .where(eq(applications.userId, userId))
    .groupBy(applications.stage);
  const last = new Map<string, string | null>(ends.map((end) => [end.stage, end.last]));
  // What generateNKeysBetween(last, null, n) does: each key one step after the one before.
  return rows.map((row) => {
    const key = positionBetween(last.get(row.stage) ?? null, null);
    last.set(row.stage, key);
    return key;
  });
}

/**
 * Rows as one JSON parameter, unpacked by json_populate_recordset: thousands of bound parameters
 * per statement cost PGlite far more than parsing one JSON text. Only the columns the rows name
 * are written; the others keep their defaults.
 */
function jsonRows(table: Table, rows: readonly Record<string, unknown>[]) {
  const columns = getTableColumns(table);
  const keys = Object.keys(rows[0]!);
  const names = keys.map((key) => columns[key]!.name);
  const json = JSON.stringify(rows.map((row) => Object.fromEntries(keys.map((key, i) => [names[i], row[key]]))));
  const list = sql.join(
    names.map((name) => sql.identifier(name)),
    sql`, `,
  );
  return { list, source: sql`json_populate_recordset(null::${table}, ${json}::json)` };
}

/** Inserts the rows; with skipConflicts, rows that hit a unique index are left out. Answers how many went in. */
async function insertJsonRows(
  db: Db,
  table: Table,
  rows: readonly Record<string, unknown>[],
  options: { skipConflicts?: boolean } = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const { list, source } = jsonRows(table, rows);
  const result = await db.execute(
    sql`insert into ${table} (${list}) select ${list} from ${source}
        ${options.skipConflicts ? sql`on conflict do nothing` : sql``} returning 1`,
  );
  return (result as unknown as { rows: unknown[] }).rows.length;
}

/** Applications and each one's first stage_history row (its stage, since it entered it), in one statement. */
async function insertWithHistory(db: Db, rows: readonly Record<string, unknown>[]): Promise<void> {
  const { list, source } = jsonRows(applications, rows);
  await db.execute(sql`
    with inserted as (
      insert into ${applications} (${list}) select ${list} from ${source}
      returning id, user_id, stage, stage_entered_at
    )
    insert into ${stageHistory} (user_id, application_id, from_stage, to_stage, at)
    select user_id, id, null, stage, stage_entered_at from inserted`);
}
