import { ensureLocalUser, openPglite, openPostgres, type DatabaseHandle } from "@loopwise/db";
import type { UserId } from "@loopwise/domain";
import { createApp, systemClock, type Clock, type PracticeJudge } from "@loopwise/server";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { backupFolder, type BackupFolder } from "./backup-folder.js";
import type { Config } from "./config.js";
import { lockDataFolder } from "./data-lock.js";
import { VERSION } from "./version.js";

/** The data this process holds: the database, its local user, and in local mode the backup folder. */
export interface OpenData {
  database: DatabaseHandle;
  userId: UserId;
  /** Local mode only: with DATABASE_URL, backups are pg_dump's job. */
  backups: BackupFolder | undefined;
  close(): Promise<void>;
}

/** Config → data-folder lock (local mode) → database → migrate → local user. */
export async function openData(config: Config): Promise<OpenData> {
  const release = config.databaseUrl ? async () => {} : await lockDataFolder(config.home);
  let database: DatabaseHandle | undefined;
  try {
    database = config.databaseUrl
      ? await openPostgres({ url: config.databaseUrl })
      : await openPglite({ dataDir: config.dataDir, loadDataDir: emptyDatabaseFor(config.dataDir) });
    const userId = await ensureLocalUser(database.db);
    const db = database;
    return {
      database: db,
      userId,
      backups: config.databaseUrl ? undefined : backupFolder(config.backupsDir),
      async close() {
        await db.close();
        await release();
      },
    };
  } catch (error) {
    await database?.close().catch(() => {});
    await release();
    throw error;
  }
}

export interface LocalAppOptions {
  clock?: Clock;
  webRoot?: string | undefined;
  allowedHosts?: readonly string[];
  /** The problem bank and the judge; the caller closes it. */
  practice?: PracticeJudge;
}

/** The app over this process's data, asked as the local user. */
export function localApp(data: OpenData, options: LocalAppOptions = {}) {
  return createApp({
    database: data.database,
    clock: options.clock ?? systemClock,
    version: VERSION,
    random: Math.random,
    resolveUser: async () => data.userId,
    webRoot: options.webRoot,
    allowedHosts: options.allowedHosts,
    backups: data.backups,
    practice: options.practice,
  });
}

/** The problem bank: beside the built CLI when the build put it there, else the source tree's content/problems. */
export function problemsFolder(): string {
  const built = fileURLToPath(new URL("./problems", import.meta.url));
  return existsSync(built) ? built : fileURLToPath(new URL("../../../content/problems", import.meta.url));
}

/**
 * A new data folder starts as a copy of the empty database the build prepared (scripts/build-cli.ts)
 * rather than running initdb inside WebAssembly; without a build (running from source) PGlite
 * creates it.
 */
function emptyDatabaseFor(dataDir: string): Blob | undefined {
  if (existsSync(join(dataDir, "PG_VERSION"))) return undefined;
  const snapshot = fileURLToPath(new URL("./empty-database.tar.gz", import.meta.url));
  return existsSync(snapshot) ? new Blob([readFileSync(snapshot)]) : undefined;
}
