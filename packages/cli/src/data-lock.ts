import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import lockfile from "proper-lockfile";

export class DataFolderBusy extends Error {}

/**
 * Holds the data folder for this process. PGlite is a single-writer database: a second process
 * on the same folder would corrupt it, so the second one is refused with a clear message.
 *
 * The lock is a directory refreshed every few seconds (proper-lockfile). Beside it, `loopwise.pid`
 * names the owner and the lock directory it created; a lock whose owner is no longer running
 * (a crash, a power cut) is taken over at once instead of after the staleness timeout.
 */
export async function lockDataFolder(home: string): Promise<() => Promise<void>> {
  mkdirSync(home, { recursive: true });
  const lockDir = join(home, "loopwise.lock");
  const ownerFile = join(home, "loopwise.pid");
  try {
    return await acquire(home, lockDir, ownerFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    const owner = readOwner(ownerFile);
    if (owner && owner.lockIno === inode(lockDir) && !isRunning(owner.pid)) {
      rmSync(lockDir, { recursive: true, force: true });
      return acquire(home, lockDir, ownerFile).catch((again: unknown) => {
        throw (again as NodeJS.ErrnoException).code === "ELOCKED" ? busy(home, readOwner(ownerFile)) : again;
      });
    }
    throw busy(home, owner);
  }
}

async function acquire(home: string, lockDir: string, ownerFile: string): Promise<() => Promise<void>> {
  const release = await lockfile.lock(home, {
    lockfilePath: lockDir,
    stale: 15_000,
    update: 5_000,
    realpath: false,
    onCompromised: (error) => {
      console.error(`loopwise: lost the lock on ${home} (${error.message}); stopping to protect the data`);
      process.exit(1);
    },
  });
  writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, lockIno: inode(lockDir) }));
  return async () => {
    rmSync(ownerFile, { force: true });
    await release();
  };
}

interface Owner {
  pid: number;
  lockIno: number | undefined;
}

function readOwner(ownerFile: string): Owner | undefined {
  try {
    const owner = JSON.parse(readFileSync(ownerFile, "utf8")) as Partial<Owner>;
    return typeof owner.pid === "number" ? { pid: owner.pid, lockIno: owner.lockIno } : undefined;
  } catch {
    // No owner file yet (the other process is between taking the lock and naming itself), or
    // one this version does not read: treat the lock as held.
    return undefined;
  }
}

function inode(path: string): number | undefined {
  try {
    return statSync(path).ino;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function busy(home: string, owner: Owner | undefined): DataFolderBusy {
  const who = owner ? ` (process ${owner.pid})` : "";
  return new DataFolderBusy(
    `Another Loopwise is already running on ${home}${who}. Use that one, stop it first, or set LOOPWISE_HOME to another folder.`,
  );
}
