import { createTestDb } from "@loopwise/db/testing";
import { describe, expect, inject, it } from "vitest";

const missing = inject("postgresMissing");
const required = process.env.CI === "true";

/** With CI=true a missing PostgreSQL fails the run; elsewhere it is a loud skip. */
describe("PostgreSQL for the tests", () => {
  it.skipIf(missing !== null && !required)("is available (required when CI=true)", async () => {
    expect(missing, `PostgreSQL is missing: ${missing}. Install it: apt-get install postgresql`).toBeNull();
    const database = await createTestDb("postgres");
    try {
      expect(await database.rawQuery("select current_setting('server_version_num')::int >= 150000 as ok")).toEqual([
        { ok: true },
      ]);
    } finally {
      await database.close();
    }
  });

  it("PGlite opens from the migrated snapshot with the local user", async () => {
    const database = await createTestDb("pglite");
    try {
      expect(await database.rawQuery("select count(*)::int as n from users where is_local")).toEqual([{ n: 1 }]);
    } finally {
      await database.close();
    }
  });
});
