import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXPORT_TABLES, EXPORT_VERSION, type ExportDocument, type ExportTables } from "@loopwise/domain";
import type { AppDeps } from "@loopwise/server";

/** Fixtures for export, import, restore and backup tests, in the server and the CLI alike. */

/** Every table of an export document, with no rows. */
export function emptyTables(): ExportTables {
  return Object.fromEntries(EXPORT_TABLES.map((table) => [table, []])) as unknown as ExportTables;
}

/** An export document without a row, as exported at `exportedAt`. */
export function emptyDocument(exportedAt: string): ExportDocument {
  return { format: "loopwise", version: EXPORT_VERSION, exportedAt, ...emptyTables() };
}

type BackupStore = NonNullable<AppDeps["backups"]>;

/** A backup folder in memory: what the app asked to keep, and when. */
export function memoryBackups() {
  const written: { document: ExportDocument; at: string }[] = [];
  const store: BackupStore = {
    folder: "/home/someone/.loopwise/backups",
    keep: 14,
    async list() {
      return written
        .map(({ at }, i) => ({ name: `backup-${i}.json.gz`, path: `/b/backup-${i}.json.gz`, bytes: 10, createdAt: at }))
        .reverse();
    },
    async write(document, at) {
      written.push({ document: structuredClone(document), at: at.toISOString() });
      const i = written.length - 1;
      return { name: `backup-${i}.json.gz`, path: `/b/backup-${i}.json.gz`, bytes: 10, createdAt: at.toISOString() };
    },
  };
  return { store, written };
}

/** Paths for backup folders not made yet, each in a temporary folder of its own that `removeAll` deletes. */
export function tempBackupFolders() {
  const roots: string[] = [];
  return {
    create(): string {
      const root = mkdtempSync(join(tmpdir(), "loopwise-backups-"));
      roots.push(root);
      return join(root, "backups");
    },
    removeAll(): void {
      for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
    },
  };
}
