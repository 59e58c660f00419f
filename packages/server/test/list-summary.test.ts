import { createTestDb, testDrivers, type TestDatabase } from "@loopwise/db/testing";
import type { Application, ApplicationSummary, UserId } from "@loopwise/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { testApp } from "../../../test-support/server-harness.js";

const DETAIL_ONLY = [
  "notes",
  "offerDeadline",
  "postingUrl",
  "salaryMin",
  "salaryMax",
  "salaryCurrency",
  "createdAt",
  "updatedAt",
] as const;

// The list is JSON built by SQL and the detail is mapped in TypeScript: they must agree exactly,
// in a session whose time zone is not UTC too.
describe.each(testDrivers().flatMap((kind) => [[kind, "UTC"] as const, [kind, "Pacific/Auckland"] as const]))(
  "the list's summaries equal the details on %s in %s",
  (kind, timeZone) => {
    let database: TestDatabase;
    let user: UserId;
    let api: ReturnType<typeof testApp>;
    beforeAll(async () => {
      database = await createTestDb(kind, { timeZone });
      user = await freshUser(database.db);
      api = testApp(database, () => user);
      expect((await api.call("POST", "/api/sample")).status).toBe(201);
      const created = await api.call("POST", "/api/applications", {
        companyName: 'Ünïcode & Co, "Quoted"',
        roleTitle: "Engineer\nwith a newline",
        tags: ["a,b", "ü"],
        notes: "long ".repeat(100),
      });
      expect(created.status).toBe(201);
    });
    afterAll(() => database?.close());

    it("every field of every card, including days in stage a week later", async () => {
      api.clock.set("2025-03-08T11:59:59.000Z");
      const list = await api.call("GET", "/api/applications?archived=include&sort=company");
      expect(list.status).toBe(200);
      const summaries = list.body.applications as ApplicationSummary[];
      expect(summaries).toHaveLength(26);
      for (const summary of summaries) {
        const detail = (await api.call("GET", `/api/applications/${summary.id}`)).body.application as Application;
        const expected: Record<string, unknown> = { ...detail };
        for (const key of DETAIL_ONLY) delete expected[key];
        expect(summary).toEqual(expected);
      }
    });
  },
);
