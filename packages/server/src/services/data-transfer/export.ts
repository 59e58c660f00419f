import { readUserData, type Db } from "@loopwise/db";
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument, type UserId } from "@loopwise/domain";

/** Every row of the user as one versioned document, read in one consistent snapshot. */
export async function exportDocument(db: Db, userId: UserId, now: Date): Promise<ExportDocument> {
  const tables = await db.transaction((tx) => readUserData(tx, userId), {
    isolationLevel: "repeatable read",
    accessMode: "read only",
  });
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), ...tables };
}

/** `loopwise-export-2025-03-01.json`: the day of the export, in UTC. */
export function exportFileName(stem: string, extension: string, now: Date): string {
  return `loopwise-${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}

/** A Content-Disposition that downloads under `name` (ASCII only: the names above are). */
export function attachment(name: string): string {
  return `attachment; filename="${name}"`;
}
