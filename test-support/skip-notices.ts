import { appendFileSync } from "node:fs";

/**
 * Parts of the suite that could not run on this machine. A notice is printed at once, and the
 * summary reporter prints it again just above the final count so nobody misses it. The file that
 * carries notices from any process to the reporter is named in this variable (set by the reporter).
 */
export const NOTICES_ENV = "LOOPWISE_TEST_NOTICES";

export interface SkipNotice {
  part: string;
  reason: string;
  install: string;
}

export function noteSkipped(notice: SkipNotice): void {
  console.warn(banner(notice));
  const file = process.env[NOTICES_ENV];
  if (file) appendFileSync(file, `${JSON.stringify(notice)}\n`);
}

export function banner({ part, reason, install }: SkipNotice): string {
  const line = "!".repeat(78);
  return [line, `!! SKIPPED: ${part}`, `!! why: ${reason}`, `!! to run it: ${install}`, line].join("\n");
}
