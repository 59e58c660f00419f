import { importCsvApplications, type Db } from "@loopwise/db";
import { Invalid, type UserId } from "@loopwise/domain";
import type { PreparedImport } from "./prepare.js";
import { toImportRow } from "./to-import-row.js";

/** What the NDJSON answer of an import carries, one per line. */
export type CsvImportEvent =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; created: number; duplicates: number; companiesCreated: number }
  | { type: "error"; message: string };

/** A real import refuses a file with any row in error: the user fixes the mapping or the file first. */
export function assertImportable(prepared: PreparedImport): void {
  if (prepared.invalidRows === 0) return;
  const first = prepared.errors[0]!;
  const rows = prepared.invalidRows === 1 ? "1 row has" : `${prepared.invalidRows} rows have`;
  const message = `${rows} errors (the first on line ${first.line}: ${first.field} ${first.message}); run the check, fix them and import again`;
  throw new Invalid(`Invalid file: ${message}`, { file: message });
}

/**
 * Writes the import in one transaction, reporting progress after each batch, and answers the
 * last event: done, or error after the rollback (nothing of the import is left behind).
 */
export async function writeImport(
  db: Db,
  userId: UserId,
  prepared: PreparedImport,
  now: Date,
  emit: (event: CsvImportEvent) => Promise<void>,
  batchSize = 500,
): Promise<CsvImportEvent> {
  const at = now.toISOString();
  const rows = prepared.rows.map((row) => toImportRow(row, at));
  try {
    const outcome = await importCsvApplications(db, userId, rows, {
      now: at,
      batchSize,
      onProgress: (done, total) => emit({ type: "progress", done, total }),
    });
    return {
      type: "done",
      created: outcome.created,
      duplicates: outcome.duplicates.length + prepared.inFileDuplicates.length,
      companiesCreated: outcome.companiesCreated,
    };
  } catch (error) {
    // The driver's own words (a constraint's name, say) are for the log, not the page.
    const cause = (error as { cause?: unknown }).cause ?? error;
    console.error(`loopwise: a CSV import failed and was rolled back: ${String(cause)}`);
    return {
      type: "error",
      message: "The import failed and was rolled back: nothing from this file was saved. Check the file and try again.",
    };
  }
}
