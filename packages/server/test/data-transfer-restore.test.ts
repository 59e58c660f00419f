import { listCompanies } from "@loopwise/db";
import { testDrivers } from "@loopwise/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { emptyDocument, memoryBackups } from "../../../test-support/backups.js";
import { addCompany, freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite, NOW } from "../../../test-support/server-harness.js";
import { ID, sampleDocument } from "./data-transfer-sample.js";
import { wipeAllData } from "./data-transfer-suite.js";
import { content } from "./data-transfer-versions.js";

describe.each(testDrivers())("restore and backups on %s", (kind) => {
  const backups = memoryBackups();
  const suite = apiSuite(kind, { backups: backups.store });
  const api = suite.api;
  afterEach(async () => {
    backups.written.length = 0;
    await wipeAllData(suite.database());
  });
  const exported = async () => (await api.call("GET", "/api/export")).body;

  /** Something of the user's own, to see it replaced or kept. */
  async function ownData() {
    await api.call("POST", "/api/applications", { companyName: "Mine", roleTitle: "Mine", stage: "offer" });
    return exported();
  }

  it("replaces all of the user's data with the file's, after backing up what was there", async () => {
    const before = await ownData();
    api.clock.set("2025-03-02T07:00:00.000Z");
    const res = await api.call("POST", "/api/restore", sampleDocument());
    expect(res.status).toBe(200);
    expect(res.body.restored).toMatchObject({ companies: 2, applications: 2, stageHistory: 5, tasks: 2 });
    expect(res.body.backup).toMatchObject({ name: "backup-0.json.gz", createdAt: "2025-03-02T07:00:00.000Z" });
    expect(content(await exported())).toEqual(content(sampleDocument()));
    expect(backups.written).toHaveLength(1);
    expect(content(backups.written[0]!.document)).toEqual(content(before));
  });

  it("restores a file over the same data (ids taken by the user itself) exactly", async () => {
    await api.call("POST", "/api/import/json", sampleDocument());
    await api.call("POST", "/api/companies", { name: "Added later" });
    const res = await api.call("POST", "/api/restore", sampleDocument());
    expect(res.status).toBe(200);
    expect(content(await exported())).toEqual(content(sampleDocument()));
  });

  it("leaves another user's data alone", async () => {
    const other = await freshUser(suite.database().db);
    await addCompany(suite.database().db, other, "Theirs");
    await ownData();
    const res = await api.call("POST", "/api/restore", emptyDocument(NOW));
    expect(res.status).toBe(200);
    expect(content(await exported())).toEqual(content(emptyDocument(NOW)));
    expect((await listCompanies(suite.database().db, other)).map((c) => c.name)).toEqual(["Theirs"]);
  });

  it("refuses a file that does not validate before touching anything", async () => {
    const before = await ownData();
    const res = await api.call("POST", "/api/restore", { ...sampleDocument(), version: 5 });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.version).toMatch(/must be 1/);
    expect(content(await exported())).toEqual(content(before));
    expect(backups.written).toHaveLength(0);
  });

  describe("when the database refuses a row late in the restore", () => {
    // A trigger stands in for any failure after the deletes: the last table's last row is refused.
    beforeAll(async () => {
      const db = suite.database();
      await db.rawQuery(`create or replace function refuse_marked_task() returns trigger language plpgsql as $$
        begin
          if new.title = 'refuse me' then raise exception 'task refused by the test' using errcode = '23514'; end if;
          return new;
        end $$`);
      await db.rawQuery(
        "create trigger refuse_marked_task before insert on tasks for each row execute function refuse_marked_task()",
      );
    });
    afterAll(async () => {
      await suite.database().rawQuery("drop trigger refuse_marked_task on tasks");
    });

    it("rolls everything back: the current data stays as it was", async () => {
      const before = await ownData();
      const doc = sampleDocument();
      doc.tasks[1]!.title = "refuse me";
      const res = await api.call("POST", "/api/restore", doc);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/nothing was changed: task refused by the test/);
      expect(content(await exported())).toEqual(content(before));
    });

    it("rolls an import back too", async () => {
      const before = await ownData();
      const doc = sampleDocument();
      doc.tasks[1]!.title = "refuse me";
      const res = await api.call("POST", "/api/import/json", doc);
      expect(res.status).toBe(400);
      expect(content(await exported())).toEqual(content(before));
    });
  });

  it("lists the backup folder and writes a backup on demand", async () => {
    const empty = await api.call("GET", "/api/backups");
    expect(empty.body).toEqual({ enabled: true, folder: backups.store.folder, keep: 14, backups: [] });
    await api.call("POST", "/api/import/json", sampleDocument());
    const res = await api.call("POST", "/api/backups");
    expect(res.status).toBe(201);
    expect(res.body.backup).toEqual({
      name: "backup-0.json.gz",
      path: "/b/backup-0.json.gz",
      bytes: 10,
      createdAt: NOW,
    });
    expect(content(backups.written[0]!.document)).toEqual(content(sampleDocument()));
    const listed = await api.call("GET", "/api/backups");
    expect(listed.body.backups).toEqual([res.body.backup]);
  });

  it("backs up only the asking user's data", async () => {
    await api.call("POST", "/api/import/json", sampleDocument());
    const other = await freshUser(suite.database().db);
    expect(other).not.toBe(suite.user());
    await api.call("POST", "/api/backups");
    expect(backups.written[0]!.document.applications.map((a) => a.id).sort()).toEqual([ID.engineer, ID.manager]);
  });
});

describe.each(testDrivers())("backups without a backup folder on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;

  it("says backups are off, refuses to write one, and restores without one", async () => {
    expect((await api.call("GET", "/api/backups")).body).toEqual({ enabled: false, backups: [] });
    const res = await api.call("POST", "/api/backups");
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/pg_dump/);
    const restored = await api.call("POST", "/api/restore", emptyDocument(NOW));
    expect(restored.status).toBe(200);
    expect(restored.body.backup).toBeNull();
  });
});
