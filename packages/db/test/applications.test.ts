import {
  countApplications,
  deleteApplication,
  getApplication,
  type ApplicationRow,
  insertApplication,
  listApplications,
  stageHistoryOf,
  updateApplication,
} from "@loopwise/db";
import { createTestDb, testDrivers, type TestDatabase } from "@loopwise/db/testing";
import {
  APPLICATION_SORTS,
  applicationQuerySchema,
  NotFound,
  STAGES,
  type ApplicationId,
  type ApplicationSort,
  type ApplicationSummary,
  type CompanyId,
  type UserId,
} from "@loopwise/domain";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addApplication, addCompany, freshUser } from "../../../test-support/db-fixtures.js";

const MISSING = "00000000-0000-4000-8000-000000000000" as ApplicationId;
const query = (q: Record<string, string> = {}) => applicationQuerySchema.parse(q);

describe.each(testDrivers())("applications on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb(kind);
  });
  afterAll(() => database?.close());

  describe("one at a time", () => {
    let user: UserId;
    let acme: CompanyId;
    beforeEach(async () => {
      user = await freshUser(database.db);
      acme = await addCompany(database.db, user, "Acme", 1);
    });

    it("inserts with its whole stage path; the current stage is the path's last step", async () => {
      const db = database.db;
      const path = [
        { stage: "interested" as const, at: "2025-01-01T09:00:00.000Z" },
        { stage: "applied" as const, at: "2025-01-03T09:00:00.000Z" },
        { stage: "recruiter_screen" as const, at: "2025-01-08T09:00:00.000Z" },
      ];
      const id = await insertApplication(
        db,
        user,
        { companyId: acme, roleTitle: "Engineer", tags: ["go"], salaryMinMinor: 15_000_000, salaryCurrency: "USD" },
        path,
        "a0",
        "2025-01-10T00:00:00.000Z",
      );
      const row = await getApplication(db, user, id);
      expect(row).toMatchObject({
        companyName: "Acme",
        companyTier: 1,
        stage: "recruiter_screen",
        position: "a0",
        tags: ["go"],
        salaryMinMinor: 15_000_000,
        archived: false,
      });
      expect(Date.parse(row.stageEnteredAt)).toBe(Date.parse("2025-01-08T09:00:00.000Z"));
      expect(Date.parse(row.createdAt)).toBe(Date.parse("2025-01-01T09:00:00.000Z"));
      const history = await stageHistoryOf(db, user, id);
      expect(history.map((h) => [h.fromStage, h.toStage])).toEqual([
        [null, "interested"],
        ["interested", "applied"],
        ["applied", "recruiter_screen"],
      ]);
      expect(history.map((h) => Date.parse(h.at))).toEqual(path.map((p) => Date.parse(p.at)));
    });

    it("updates the fields given, not the stage or position", async () => {
      const db = database.db;
      const id = await addApplication(db, user, { companyId: acme, stage: "applied", level: "L4" });
      const before = await getApplication(db, user, id);
      await updateApplication(db, user, id, { level: "L5", tags: ["a", "b"], archived: true }, "2025-02-01T00:00:00Z");
      const after = await getApplication(db, user, id);
      expect(after).toMatchObject({ level: "L5", tags: ["a", "b"], archived: true, stage: "applied" });
      expect(after.position).toBe(before.position);
      expect(Date.parse(after.updatedAt)).toBe(Date.parse("2025-02-01T00:00:00Z"));
    });

    it("deletes an application and its history", async () => {
      const db = database.db;
      const id = await addApplication(db, user, { companyId: acme });
      await deleteApplication(db, user, id);
      await expect(getApplication(db, user, id)).rejects.toBeInstanceOf(NotFound);
      expect(
        await database.rawQuery("select count(*)::int as n from stage_history where application_id = $1", [id]),
      ).toEqual([{ n: 0 }]);
    });

    it("answers NotFound for an id that is not there", async () => {
      const db = database.db;
      await expect(getApplication(db, user, MISSING)).rejects.toBeInstanceOf(NotFound);
      await expect(updateApplication(db, user, MISSING, { level: "x" }, "2025-02-01T00:00:00Z")).rejects.toBeInstanceOf(
        NotFound,
      );
      await expect(deleteApplication(db, user, MISSING)).rejects.toBeInstanceOf(NotFound);
      await expect(stageHistoryOf(db, user, MISSING)).rejects.toBeInstanceOf(NotFound);
    });
  });

  describe("lists", () => {
    let user: UserId;
    let ids: Record<"a" | "b" | "c" | "d" | "e" | "f", ApplicationId>;
    let acme: CompanyId;

    beforeAll(async () => {
      const db = database.db;
      user = await freshUser(db);
      acme = await addCompany(db, user, "Acme", 1);
      const beta = await addCompany(db, user, "beta", 2);
      const gamma = await addCompany(db, user, "Gamma", 3);
      const delta = await addCompany(db, user, "Delta", null);
      const add = (input: Parameters<typeof addApplication>[2]) => addApplication(db, user, input);
      ids = {
        a: await add({
          companyId: acme,
          roleTitle: "Backend Engineer",
          stage: "applied",
          tags: ["go", "infra"],
          desirability: 5,
          remotePolicy: "remote",
          level: "L5",
          location: "Remote",
          source: "referral",
          appliedOn: "2025-01-03",
          nextActionDue: "2025-02-10",
          at: "2025-01-03T00:00:00.000Z",
        }),
        b: await add({
          companyId: beta,
          roleTitle: "frontend developer",
          stage: "interested",
          tags: ["react"],
          desirability: 3,
          remotePolicy: "hybrid",
          level: "Senior",
          location: "Berlin",
          source: "network",
          nextActionDue: "2025-02-01",
          at: "2025-01-05T00:00:00.000Z",
        }),
        c: await add({
          companyId: gamma,
          roleTitle: "Data Engineer",
          stage: "offer",
          archived: true,
          desirability: 4,
          source: "recruiter",
          appliedOn: "2024-12-01",
          at: "2025-01-01T00:00:00.000Z",
        }),
        d: await add({
          companyId: acme,
          roleTitle: "SRE",
          stage: "rejected",
          tags: ["infra"],
          desirability: 2,
          remotePolicy: "onsite",
          level: "L4",
          location: "Austin",
          nextAction: "Call 50% recruiter_x",
          appliedOn: "2024-12-15",
          at: "2025-01-04T00:00:00.000Z",
        }),
        e: await add({
          companyId: delta,
          roleTitle: "Platform Engineer",
          stage: "applied",
          desirability: 4,
          remotePolicy: "remote",
          source: "applied_online",
          level: "L5",
          nextActionDue: "2025-02-10",
          at: "2025-01-06T00:00:00.000Z",
        }),
        f: await add({
          companyId: delta,
          roleTitle: "Mobile Engineer",
          stage: "interested",
          at: "2025-01-02T00:00:00Z",
        }),
      };
    });

    const names = (rows: ApplicationSummary[]) =>
      rows.map((r) => Object.entries(ids).find(([, id]) => id === r.id)?.[0] ?? r.id);

    it.each<[Record<string, string>, string[]]>([
      [{}, ["a", "b", "d", "e", "f"]],
      [{ archived: "include" }, ["a", "b", "c", "d", "e", "f"]],
      [{ archived: "only" }, ["c"]],
      [{ q: "acme" }, ["a", "d"]],
      [{ q: "ENGINEER" }, ["a", "e", "f"]],
      [{ q: "berlin" }, ["b"]],
      [{ q: "senior" }, ["b"]],
      [{ q: "infra" }, ["a", "d"]],
      [{ q: "50%" }, ["d"]],
      [{ q: "_" }, ["d"]],
      [{ q: "nothing like it" }, []],
      [{ stage: "applied" }, ["a", "e"]],
      [{ stage: "applied,interested" }, ["a", "b", "e", "f"]],
      [{ stage: "offer" }, []],
      [{ stage: "offer", archived: "include" }, ["c"]],
      [{ tag: "infra" }, ["a", "d"]],
      [{ tag: "go" }, ["a"]],
      [{ tag: "inf" }, []],
      [{ tier: "1" }, ["a", "d"]],
      [{ tier: "2,3", archived: "include" }, ["b", "c"]],
      [{ minDesirability: "4" }, ["a", "e"]],
      [{ minDesirability: "4", archived: "include" }, ["a", "c", "e"]],
      [{ remote: "remote" }, ["a", "e"]],
      [{ remote: "remote,hybrid" }, ["a", "b", "e"]],
      [{ stage: "applied", remote: "remote", minDesirability: "5" }, ["a"]],
    ])("filters by %j", async (q, expected) => {
      const rows = await listApplications(database.db, user, query(q));
      expect(names(rows).sort()).toEqual(expected);
      expect(await countApplications(database.db, user, query(q))).toBe(expected.length);
    });

    it("filters by company", async () => {
      const rows = await listApplications(database.db, user, query({ companyId: acme }));
      expect(names(rows).sort()).toEqual(["a", "d"]);
    });

    /** The full rows, for the timestamps the list's summaries leave out. */
    let details = new Map<string, ApplicationRow>();
    /** The value a sort orders by, as the API defines it (null sorts last either way). */
    const sortKey = (row: ApplicationSummary, sort: ApplicationSort): string | number | null => {
      switch (sort) {
        case "position":
        case "stage":
          return STAGES.indexOf(row.stage as (typeof STAGES)[number]);
        case "company":
          return row.companyName.toLowerCase();
        case "role":
          return row.roleTitle.toLowerCase();
        case "daysInStage":
          return -Date.parse(row.stageEnteredAt);
        case "updatedAt":
        case "createdAt":
          return Date.parse(details.get(row.id)![sort]);
        case "level":
        case "location":
        case "source":
        case "desirability":
        case "nextActionDue":
        case "appliedOn":
          return row[sort];
      }
    };
    const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

    it.each(APPLICATION_SORTS.flatMap((sort) => [[sort, "asc"] as const, [sort, "desc"] as const]))(
      "sorts by %s %s, nulls last, ties in board order",
      async (sort, order) => {
        const rows = await listApplications(database.db, user, query({ sort, order, archived: "include" }));
        const full = await Promise.all(rows.map((r) => getApplication(database.db, user, r.id)));
        details = new Map(full.map((r) => [r.id, r]));
        const expected = [...rows].sort((x, y) => {
          const [kx, ky] = [sortKey(x, sort), sortKey(y, sort)];
          if (kx !== ky) {
            if (kx === null) return 1;
            if (ky === null) return -1;
            return order === "asc" ? compare(kx, ky) : compare(ky, kx);
          }
          return (
            compare(STAGES.indexOf(x.stage as never), STAGES.indexOf(y.stage as never)) ||
            compare(x.position, y.position) ||
            compare(x.id, y.id)
          );
        });
        expect(names(rows)).toEqual(names(expected));
        expect(rows).toHaveLength(6);
      },
    );

    it("pages with limit and offset over the sorted list", async () => {
      const all = await listApplications(database.db, user, query({ sort: "role", archived: "include" }));
      const page = await listApplications(
        database.db,
        user,
        query({ sort: "role", archived: "include", limit: "2", offset: "3" }),
      );
      expect(names(page)).toEqual(names(all).slice(3, 5));
      expect(await countApplications(database.db, user, query({ archived: "include", limit: "2" }))).toBe(6);
    });
  });
});
