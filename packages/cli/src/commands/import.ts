import { UsageError, type DataCommand } from "../args.js";
import { failure, type Connection } from "../connection.js";
import { exportText, isCsvFile, readInputFile } from "./files.js";
import { describeCounts, type Io } from "./output.js";

type Counts = Record<string, number>;

export type ImportSource = { kind: "json"; text: string } | { kind: "csv"; bytes: Uint8Array<ArrayBuffer> };

/**
 * Reads the file before connecting, so a missing or unreadable one fails at once, and tells a
 * CSV file from a Loopwise export.
 */
export async function readImportSource(command: Extract<DataCommand, { kind: "import" }>): Promise<ImportSource> {
  const bytes = await readInputFile(command.file);
  if (isCsvFile(command.file, bytes)) return { kind: "csv", bytes };
  const csvOnly = [
    ...(command.dryRun ? ["--dry-run"] : []),
    ...(command.dateOrder ? ["--date-order"] : []),
    ...(Object.keys(command.statuses).length > 0 ? ["--status"] : []),
  ];
  if (csvOnly.length > 0) {
    const flags = `${csvOnly.join(" and ")} ${csvOnly.length === 1 ? "is" : "are"}`;
    throw new UsageError(`${flags} for CSV files; ${command.file} is a Loopwise JSON export`);
  }
  return { kind: "json", text: exportText(bytes) };
}

const post = (connection: Connection, path: string, body: string) =>
  connection.request(path, { method: "POST", headers: { "content-type": "application/json" }, body });

/** Adds a Loopwise export's rows; what is already there is skipped. */
export async function runImport(file: string, body: string, connection: Connection, io: Io): Promise<void> {
  const res = await post(connection, "/api/import/json", body);
  if (!res.ok) throw await failure(res, `import ${file}`);
  const { created, skipped } = (await res.json()) as { created: Counts; skipped: Counts };
  const anything = (counts: Counts) => Object.values(counts).some((n) => n > 0);
  const lines = anything(created)
    ? [`Imported ${file} into ${connection.where}`, `  added: ${describeCounts(created)}`]
    : [`Nothing new in ${file}: all of it is already in ${connection.where}`];
  if (anything(skipped)) lines.push(`  already there: ${describeCounts(skipped)}`);
  io.print(lines.join("\n"));
}

/** Replaces all data with the file's, after the server has backed up what was there. */
export async function runRestore(file: string, body: string, connection: Connection, io: Io): Promise<void> {
  const res = await post(connection, "/api/restore", body);
  if (!res.ok) throw await failure(res, `restore ${file} (your data is unchanged)`);
  const { restored, backup } = (await res.json()) as { restored: Counts; backup: { path: string } | null };
  const lines = [`Restored ${file} into ${connection.where}: ${describeCounts(restored)}`];
  if (backup) lines.push(`  your data from before the restore is in ${backup.path}`);
  io.print(lines.join("\n"));
}
