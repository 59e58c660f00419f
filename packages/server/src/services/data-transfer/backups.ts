import { Conflict, type ExportDocument } from "@loopwise/domain";

/** One backup file in the backup folder. */
export interface BackupFile {
  name: string;
  path: string;
  bytes: number;
  /** When it was written (ISO 8601, UTC). */
  createdAt: string;
}

/**
 * The backup folder of local mode: gzipped export documents, the newest `keep` kept. The
 * composition root gives one to the app; without it (PostgreSQL mode) backups are pg_dump's job.
 */
export interface BackupStore {
  readonly folder: string;
  readonly keep: number;
  /** Newest first. */
  list(): Promise<BackupFile[]>;
  write(document: ExportDocument, at: Date): Promise<BackupFile>;
}

export type BackupStatus =
  { enabled: true; folder: string; keep: number; backups: BackupFile[] } | { enabled: false; backups: [] };

export async function backupStatus(store: BackupStore | undefined): Promise<BackupStatus> {
  if (!store) return { enabled: false, backups: [] };
  return { enabled: true, folder: store.folder, keep: store.keep, backups: await store.list() };
}

export function requireBackups(store: BackupStore | undefined): BackupStore {
  if (!store) {
    throw new Conflict(
      "Backups are written by Loopwise in local mode; with DATABASE_URL, back up PostgreSQL with pg_dump",
    );
  }
  return store;
}
