import type { BackupFolder } from "./backup-folder.js";

export const BACKUP_CHECK_MS = 60 * 60 * 1000;

export interface BackupSchedule {
  /** Writes today's backup unless there is one (UTC day); resolves when done. Never rejects. */
  check(): Promise<void>;
  /** Stops checking and waits for a backup being written. */
  stop(): Promise<void>;
}

/**
 * The automatic daily backup of local mode: a check at start and then every hour writes one
 * when none exists for the current UTC day. A failure is logged and tried again at the next check.
 */
export function scheduleBackups(options: {
  folder: BackupFolder;
  now: () => Date;
  backupNow: () => Promise<void>;
  everyMs?: number;
  log?: (message: string) => void;
}): BackupSchedule {
  const log = options.log ?? ((message) => console.error(message));
  let running: Promise<void> | undefined;
  let stopped = false;

  function check(): Promise<void> {
    if (stopped) return Promise.resolve();
    running ??= (async () => {
      try {
        const today = options.now().toISOString().slice(0, 10);
        if (!(await options.folder.hasBackupOn(today))) await options.backupNow();
      } catch (error) {
        log(`loopwise: the daily backup failed, trying again in an hour: ${(error as Error).message}`);
      } finally {
        running = undefined;
      }
    })();
    return running;
  }

  const timer = setInterval(() => void check(), options.everyMs ?? BACKUP_CHECK_MS);
  timer.unref();
  void check();
  return {
    check,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
