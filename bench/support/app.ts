import type { DatabaseHandle } from "@loopwise/db";
import type { UserId } from "@loopwise/domain";
import { createApp, systemClock, type PracticeJudge } from "@loopwise/server";

/** The composition the CLI makes (start.ts) for one user, without the web root: the API is what is timed. */
export function benchApp(handle: DatabaseHandle, userId: UserId, allowedHosts?: string[], practice?: PracticeJudge) {
  return createApp({
    database: handle,
    clock: systemClock,
    version: "bench",
    random: Math.random,
    resolveUser: async () => userId,
    ...(allowedHosts ? { allowedHosts } : {}),
    ...(practice ? { practice } : {}),
  });
}
