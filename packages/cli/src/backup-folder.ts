import type { AppDeps } from "@loopwise/server";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";

type BackupStore = NonNullable<AppDeps["backups"]>;
type BackupFile = Awaited<ReturnType<BackupStore["list"]>>[number];

export const BACKUPS_KEPT = 14;

/** loopwise-2025-03-01T12-00-00.000Z.json.gz: the UTC time it was written, sortable by name. */
const BACKUP_NAME = /^loopwise-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2}\.\d{3})Z\.json\.gz$/;
const TEMP_NAME = /^\.loopwise-.*\.tmp$/;
/** A temporary file this old was left by a crash, not by a backup being written now. */
const STALE_TEMP_MS = 60 * 60 * 1000;

const gzipped = promisify(gzip);

export function backupName(at: Date): string {
  return `loopwise-${at.toISOString().replaceAll(":", "-")}.json.gz`;
}

export interface BackupFolder extends BackupStore {
  /** Whether a backup was written on this UTC day (YYYY-MM-DD). */
  hasBackupOn(day: string): Promise<boolean>;
}

/**
 * The local backup folder: each backup is the export document, gzipped, written to a temporary
 * file, flushed, then renamed, so a crash never leaves half a backup under a backup's name; the
 * newest `keep` are kept.
 */
export function backupFolder(folder: string, keep = BACKUPS_KEPT): BackupFolder {
  async function names(): Promise<string[]> {
    if (!existsSync(folder)) return [];
    return (await readdir(folder))
      .filter((name) => BACKUP_NAME.test(name))
      .sort()
      .reverse();
  }

  async function rotate(now: Date) {
    for (const name of (await names()).slice(keep)) await rm(join(folder, name), { force: true });
    for (const name of (await readdir(folder)).filter((n) => TEMP_NAME.test(n))) {
      const path = join(folder, name);
      const info = await stat(path).catch(() => undefined);
      if (info && now.getTime() - info.mtimeMs > STALE_TEMP_MS) await rm(path, { force: true });
    }
  }

  return {
    folder,
    keep,
    async list(): Promise<BackupFile[]> {
      return Promise.all(
        (await names()).map(async (name) => {
          const path = join(folder, name);
          const [, day, hh, mm, ss] = BACKUP_NAME.exec(name)!;
          return { name, path, bytes: (await stat(path)).size, createdAt: `${day}T${hh}:${mm}:${ss}Z` };
        }),
      );
    },
    async write(document, at) {
      await mkdir(folder, { recursive: true });
      // Two backups in one millisecond: the later one takes the next millisecond's name.
      let when = new Date(at);
      while (existsSync(join(folder, backupName(when)))) when = new Date(when.getTime() + 1);
      const name = backupName(when);
      const path = join(folder, name);
      const data = await gzipped(JSON.stringify(document));
      const temp = join(folder, `.${name}.${process.pid}.tmp`);
      const file = await open(temp, "wx");
      try {
        await file.writeFile(data);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temp, path);
      await syncFolder(folder);
      await rotate(at);
      return { name, path, bytes: data.length, createdAt: when.toISOString() };
    },
    async hasBackupOn(day) {
      return (await names()).some((name) => name.startsWith(`loopwise-${day}T`));
    },
  };
}

/** Makes the rename itself durable; some platforms cannot open a folder, and then the OS decides. */
async function syncFolder(folder: string) {
  const handle = await open(folder, "r").catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
