import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import lockfile from "proper-lockfile";

export class DataFolderBusy extends Error {}

/**
 * Holds the data folder for this process. PGlite is a single-writer database: a second process
 * on the same folder would corrupt it, so the second one is refused with a clear message.
 */
export async function lockDataFolder(home: string): Promise<() => Promise<void>> {
  mkdirSync(home, { recursive: true });
  const ownerFile = join(home, "loopwise.pid");
  try {
    const release = await lockfile.lock(home, {
      lockfilePath: join(home, "loopwise.lock"),
      stale: 15_000,
      update: 5_000,
      realpath: false,
      onCompromised: (error) => {
        console.error(`loopwise: lost the lock on ${home} (${error.message}); stopping to protect the data`);
        process.exit(1);
      },
    });
    writeFileSync(ownerFile, String(process.pid));
    return async () => {
      rmSync(ownerFile, { force: true });
      await release();
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOCKED") {
      let owner = "";
      try {
        owner = ` (process ${readFileSync(ownerFile, "utf8").trim()})`;
      } catch {
        // The other process may not have written its pid yet; the message stands without it.
      }
      throw new DataFolderBusy(
        `Another Loopwise is already running on ${home}${owner}. Use that one, stop it first, or set LOOPWISE_HOME to another folder.`,
      );
    }
    throw error;
  }
}
