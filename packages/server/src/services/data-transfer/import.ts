import { dataErrorMessage, deleteUserData, type Db } from "@loopwise/db";
import { Invalid, type ExportDocument, type TableCounts, type UserId } from "@loopwise/domain";
import type { BackupFile, BackupStore } from "./backups.js";
import { exportDocument } from "./export.js";
import { writeTables, type WriteResult } from "./write-tables.js";

/** Adds a document's rows to the user's, in one transaction: all of them or, on any failure, none. */
export async function importDocument(db: Db, userId: UserId, doc: ExportDocument): Promise<WriteResult> {
  return inOneTransaction(db, (tx) => writeTables(tx, userId, doc));
}

export interface RestoreResult {
  restored: TableCounts;
  /** The user's data as it was just before, when this instance keeps backups. */
  backup: BackupFile | null;
}

/**
 * Replaces all of the user's data with the document's. The current data is deleted in the same
 * transaction that writes the new, so a failure anywhere leaves it as it was.
 */
export async function restoreDocument(
  db: Db,
  userId: UserId,
  doc: ExportDocument,
  backups: BackupStore | undefined,
  now: Date,
): Promise<RestoreResult> {
  const backup = backups ? await backups.write(await exportDocument(db, userId, now), now) : null;
  const { created } = await inOneTransaction(db, async (tx) => {
    await deleteUserData(tx, userId);
    return writeTables(tx, userId, doc);
  });
  return { restored: created, backup };
}

/** A write the database refuses on the data is the file's fault: a 400 in the database's words. */
async function inOneTransaction<T>(db: Db, write: (tx: Db) => Promise<T>): Promise<T> {
  try {
    return await db.transaction((tx) => write(tx as unknown as Db));
  } catch (error) {
    const message = dataErrorMessage(error);
    if (message === undefined) throw error;
    throw new Invalid(`The file could not be written, so nothing was changed: ${message}`, { body: message });
  }
}
