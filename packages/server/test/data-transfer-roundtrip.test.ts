import { testDrivers } from "@loopwise/db/testing";
import { countExportRows, emptyTableCounts, type UserId } from "@loopwise/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite } from "../../../test-support/server-harness.js";
import { exportDocumentArbitrary } from "./data-transfer-arbitrary.js";
import { wipeAllData } from "./data-transfer-suite.js";
import { content } from "./data-transfer-versions.js";

const RUNS = { pglite: 30, postgres: 30 } as const;

describe.each(testDrivers())("export → import → export round trip on %s", (kind) => {
  let asUser: UserId | undefined;
  const suite = apiSuite(kind, { resolveUser: async () => asUser ?? suite.user() });
  const api = suite.api;

  it("gives back what went in, for whole random datasets; a second import adds nothing", async () => {
    await fc.assert(
      fc.asyncProperty(exportDocumentArbitrary, async (doc) => {
        // A new instance: no rows anywhere, so every id is free, and a user of its own.
        await wipeAllData(suite.database());
        asUser = await freshUser(suite.database().db);
        const imported = await api.call("POST", "/api/import/json", doc);
        expect(imported.body).toEqual({ created: countExportRows(doc), skipped: emptyTableCounts() });
        const back = await api.call("GET", "/api/export");
        expect(content(back.body)).toEqual(content(doc));

        const again = await api.call("POST", "/api/import/json", back.body);
        expect(again.body).toEqual({ created: emptyTableCounts(), skipped: countExportRows(doc) });
      }),
      { numRuns: RUNS[kind] },
    );
    asUser = undefined;
  }, 60_000);
});
