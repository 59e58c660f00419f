import { eq, is, SQL } from "drizzle-orm";
import { EXPORT_TABLES, type ExportTable, type ExportTables, type UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { compactInstant, TRANSFER_TABLES, type TransferColumns, type TransferTable } from "./data-transfer-tables.js";

/*
 * Every row of one user in the shape of the export document, and the writes an import or a
 * restore needs. Each function runs in the caller's transaction; none opens its own.
 */

export { compactInstant, type IdTable } from "./data-transfer-tables.js";
export {
  companiesNamed,
  dataErrorMessage,
  existingLinks,
  insertInterviewers,
  insertOfferPreferences,
  insertPracticeRows,
  insertRows,
  insertTimingSettings,
  offersOnApplications,
  ownedIds,
} from "./data-transfer-writes.js";

/** Every row of the user, table by table, in an order an import reproduces. */
export async function readUserData(db: Db, userId: UserId): Promise<ExportTables> {
  const tables: Partial<Record<ExportTable, unknown[]>> = {};
  for (const name of EXPORT_TABLES) {
    const { table, columns, order }: TransferTable = TRANSFER_TABLES[name];
    const rows = await db
      .select(columns)
      .from(table)
      .where(eq(table.userId, userId))
      .orderBy(...order);
    tables[name] = compactInstants(rows, columns);
  }
  // The database's checks hold these columns to the document's enums and ranges.
  return tables as ExportTables;
}

/** Shortens the timestamps read as UTC text (every SQL-valued column) where they allow. */
function compactInstants(rows: Record<string, unknown>[], columns: TransferColumns) {
  const instants = Object.keys(columns).filter((key) => is(columns[key], SQL));
  for (const row of rows) {
    for (const key of instants) {
      const value = row[key];
      if (typeof value === "string") row[key] = compactInstant(value);
    }
  }
  return rows;
}

/**
 * Deletes every row the user owns except the user itself and its account settings; the offer
 * preferences, timing settings and practice progress go too, since the document carries them.
 */
export async function deleteUserData(db: Db, userId: UserId): Promise<void> {
  // Children first: each delete then finds nothing left to cascade to.
  for (const name of [...EXPORT_TABLES].reverse()) {
    const { table }: TransferTable = TRANSFER_TABLES[name];
    await db.delete(table).where(eq(table.userId, userId));
  }
}
