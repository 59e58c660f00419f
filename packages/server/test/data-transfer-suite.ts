import type { UserId } from "@loopwise/domain";
import type { DatabaseHandle } from "@loopwise/db";
import { afterEach } from "vitest";
import { apiSuite } from "../../../test-support/server-harness.js";

/**
 * An API suite for the export and import tests on one driver: every table wiped after each test,
 * `exported()` for the asking user's document, and `as(user, call)` to ask as another user.
 */
export function transferSuite(kind: Parameters<typeof apiSuite>[0]) {
  let asUser: UserId | undefined;
  const suite = apiSuite(kind, { resolveUser: async () => asUser ?? suite.user() });
  const api = suite.api;
  afterEach(() => wipeAllData(suite.database()));
  const exported = async () => (await api.call("GET", "/api/export")).body;

  /** Runs `call` as another user, then switches back. */
  async function as<T>(user: UserId, call: () => Promise<T>): Promise<T> {
    asUser = user;
    try {
      return await call();
    } finally {
      asUser = undefined;
    }
  }

  return { suite, api, exported, as };
}

/**
 * Deletes every user's rows: the suites share one database, and a test that imports the sample
 * needs its ids free, as they are in a new instance.
 */
export async function wipeAllData(database: DatabaseHandle): Promise<void> {
  for (const table of [
    "practice_drafts",
    "practice_progress",
    "practice_attempts",
    "tracked_problems",
    "timing_settings",
    "offer_preferences",
    "comp_data_points",
    "negotiation_events",
    "offers",
    "tasks",
    "interviewers",
    "interviews",
    "outreach",
    "application_contacts",
    "contacts",
    "stage_history",
    "applications",
    "companies",
  ]) {
    await database.rawQuery(`delete from ${table}`);
  }
}
