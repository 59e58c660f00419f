import type { DatabaseHandle } from "@loopwise/db";
import type { UserId } from "@loopwise/domain";
import type { Context } from "hono";
import type { Clock } from "./clock.js";
import type { BackupStore } from "./services/data-transfer/backups.js";
import type { PracticeJudge } from "./services/practice-judge.js";

/** What the composition root hands the app. */
export interface AppDeps {
  database: DatabaseHandle;
  clock: Clock;
  version: string;
  /** Randomness for sample data; seeded in tests. */
  random: () => number;
  /** Who is asking: the local user in local mode, the session's user in server mode. */
  resolveUser: (c: Context) => Promise<UserId>;
  /** Built web app to serve at `/`; absent in API-only tests. */
  webRoot?: string;
  /** Host names the server answers to (DNS-rebinding guard); any when absent. */
  allowedHosts?: readonly string[];
  /** The backup folder, in local mode; absent when backups are not this server's job. */
  backups?: BackupStore;
  /** The problem bank and the sandboxed judge; without it the practice API has no problems and runs nothing. */
  practice?: PracticeJudge;
}

export interface AppEnv {
  Variables: { userId: UserId; deps: AppDeps };
}
