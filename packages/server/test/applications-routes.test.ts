import { createTestDb, testDrivers, type TestDatabase } from "@loopwise/db/testing";
import { STAGES, type UserId } from "@loopwise/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite, NOW, testApp } from "../../../test-support/server-harness.js";

describe.each(testDrivers())("application routes on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;

  const company = async (name: string, tier: number | null = null) =>
    (await api.call("POST", "/api/companies", { name, tier })).body.company as { id: string };
  const create = async (body: Record<string, unknown>) => {
    const res = await api.call("POST", "/api/applications", body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.application;
  };

  it("POST creates an application in 'interested' at the end of its column", async () => {
    const acme = await company("Acme", 1);
    const first = await create({
      companyId: acme.id,
      roleTitle: "Senior Engineer",
      level: "L5",
      location: "Remote",
      remotePolicy: "remote",
      source: "referral",
      postingUrl: "https://acme.example/jobs/1",
      salaryMin: 150_000,
      salaryMax: 190_000,
      salaryCurrency: "USD",
      desirability: 4,
      tags: ["go", "go", "infra"],
      appliedOn: "2025-02-27",
      nextAction: "Follow up",
      nextActionDue: "2025-03-05",
      notes: "n",
    });
    expect(first).toEqual({
      id: expect.any(String),
      companyId: acme.id,
      companyName: "Acme",
      companyTier: 1,
      roleTitle: "Senior Engineer",
      level: "L5",
      location: "Remote",
      remotePolicy: "remote",
      source: "referral",
      postingUrl: "https://acme.example/jobs/1",
      salaryMin: 150_000,
      salaryMax: 190_000,
      salaryCurrency: "USD",
      desirability: 4,
      tags: ["go", "infra"],
      appliedOn: "2025-02-27",
      nextAction: "Follow up",
      nextActionDue: "2025-03-05",
      offerDeadline: null,
      notes: "n",
      stage: "interested",
      stageEnteredAt: NOW,
      daysInStage: 0,
      position: expect.any(String),
      archived: false,
      createdAt: NOW,
      updatedAt: NOW,
    });
    const second = await create({ companyId: acme.id, roleTitle: "Staff Engineer" });
    expect(second.position > first.position).toBe(true);
    const history = await api.call("GET", `/api/applications/${first.id}/history`);
    expect(history.body).toEqual({
      history: [{ id: expect.any(String), fromStage: null, toStage: "interested", at: NOW }],
    });
  });

  it("POST with companyName reuses a company of that name in any case, or makes one", async () => {
    const acme = await company("Acme");
    expect((await create({ companyName: "ACME", roleTitle: "Engineer" })).companyId).toBe(acme.id);
    const made = await create({ companyName: "Newco", roleTitle: "Engineer", stage: "applied" });
    expect(made).toMatchObject({ companyName: "Newco", stage: "applied" });
    const companies = (await api.call("GET", "/api/companies")).body.companies;
    expect(companies.map((c: { name: string }) => c.name)).toEqual(["Acme", "Newco"]);
  });

  it("stores salaries in minor units of their currency and answers them in major units", async () => {
    const acme = await company("Acme");
    const jpy = await create({
      companyId: acme.id,
      roleTitle: "Engineer",
      salaryMin: 9_000_000,
      salaryCurrency: "JPY",
    });
    expect(jpy).toMatchObject({ salaryMin: 9_000_000, salaryMax: null, salaryCurrency: "JPY" });
    const usd = await create({ companyId: acme.id, roleTitle: "Engineer", salaryMin: 120_000, salaryMax: 150_000 });
    expect(usd).toMatchObject({ salaryMin: 120_000, salaryMax: 150_000, salaryCurrency: "USD" });
    const rows = await suite
      .database()
      .rawQuery(
        "select salary_currency, salary_min_minor::text as min from applications where id in ($1, $2) order by salary_currency",
        [jpy.id, usd.id],
      );
    expect(rows).toEqual([
      { salary_currency: "JPY", min: "9000000" },
      { salary_currency: "USD", min: "12000000" },
    ]);
  });

  it("GET lists with filters and sort, and the total before paging", async () => {
    const acme = await company("Acme", 1);
    const beta = await company("Beta", 3);
    const a = await create({
      companyId: acme.id,
      roleTitle: "Backend",
      desirability: 5,
      tags: ["go"],
      remotePolicy: "remote",
    });
    const b = await create({ companyId: beta.id, roleTitle: "Frontend", desirability: 2, stage: "applied" });
    const c = await create({ companyId: beta.id, roleTitle: "Archived", archived: true });
    const ids = (res: { body: { applications: { id: string }[] } }) => res.body.applications.map((x) => x.id);

    const all = await api.call("GET", "/api/applications");
    expect(all.status).toBe(200);
    expect(ids(all)).toEqual([a.id, b.id]);
    expect(all.body.total).toBe(2);
    expect(ids(await api.call("GET", "/api/applications?archived=only"))).toEqual([c.id]);
    expect(ids(await api.call("GET", "/api/applications?q=front"))).toEqual([b.id]);
    expect(ids(await api.call("GET", "/api/applications?stage=applied,offer"))).toEqual([b.id]);
    expect(ids(await api.call("GET", "/api/applications?tag=go"))).toEqual([a.id]);
    // Board order: the interested column comes before the applied one.
    expect(ids(await api.call("GET", "/api/applications?tier=3&archived=include"))).toEqual([c.id, b.id]);
    expect(ids(await api.call("GET", "/api/applications?minDesirability=3"))).toEqual([a.id]);
    expect(ids(await api.call("GET", "/api/applications?remote=remote"))).toEqual([a.id]);
    expect(ids(await api.call("GET", `/api/applications?companyId=${beta.id}&archived=include`))).toEqual([c.id, b.id]);
    expect(ids(await api.call("GET", "/api/applications?sort=desirability&order=desc"))).toEqual([a.id, b.id]);
    expect(ids(await api.call("GET", "/api/applications?sort=company&order=desc"))).toEqual([b.id, a.id]);
    const page = await api.call("GET", "/api/applications?sort=role&limit=1&offset=1&archived=include");
    expect(ids(page)).toEqual([a.id]);
    expect(page.body.total).toBe(3);
  });

  it("GET /:id answers one application, with days in stage from the clock", async () => {
    const acme = await company("Acme");
    const a = await create({ companyId: acme.id, roleTitle: "Engineer" });
    api.clock.set("2025-03-04T11:59:59.000Z");
    expect((await api.call("GET", `/api/applications/${a.id}`)).body.application).toMatchObject({
      id: a.id,
      daysInStage: 2,
    });
    api.clock.set("2025-03-04T12:00:00.000Z");
    expect((await api.call("GET", `/api/applications/${a.id}`)).body.application.daysInStage).toBe(3);
  });

  it("PATCH changes the fields given and nothing else", async () => {
    const acme = await company("Acme");
    const beta = await company("Beta");
    const a = await create({ companyId: acme.id, roleTitle: "Engineer", level: "L4", desirability: 3, tags: ["x"] });
    api.clock.set("2025-03-02T00:00:00.000Z");
    const { status, body } = await api.call("PATCH", `/api/applications/${a.id}`, {
      level: "L5",
      tags: [],
      desirability: null,
      companyId: beta.id,
      archived: true,
    });
    expect(status).toBe(200);
    expect(body.application).toEqual({
      ...a,
      level: "L5",
      tags: [],
      desirability: null,
      companyId: beta.id,
      companyName: "Beta",
      archived: true,
      updatedAt: "2025-03-02T00:00:00.000Z",
    });
  });

  it("PATCH of the currency keeps the amounts in major units", async () => {
    const acme = await company("Acme");
    const a = await create({ companyId: acme.id, roleTitle: "Engineer", salaryMin: 100_000, salaryMax: 120_000 });
    const jpy = await api.call("PATCH", `/api/applications/${a.id}`, { salaryCurrency: "JPY" });
    expect(jpy.body.application).toMatchObject({ salaryMin: 100_000, salaryMax: 120_000, salaryCurrency: "JPY" });
    const max = await api.call("PATCH", `/api/applications/${a.id}`, { salaryMax: 130_000 });
    expect(max.body.application).toMatchObject({ salaryMin: 100_000, salaryMax: 130_000, salaryCurrency: "JPY" });
    const cleared = await api.call("PATCH", `/api/applications/${a.id}`, { salaryMin: null, salaryMax: null });
    expect(cleared.body.application).toMatchObject({ salaryMin: null, salaryMax: null });
  });

  it("DELETE removes an application and its history with 204", async () => {
    const acme = await company("Acme");
    const a = await create({ companyId: acme.id, roleTitle: "Engineer" });
    expect((await api.call("DELETE", `/api/applications/${a.id}`)).status).toBe(204);
    expect((await api.call("GET", `/api/applications/${a.id}`)).status).toBe(404);
    expect((await api.call("GET", `/api/applications/${a.id}/history`)).status).toBe(404);
  });

  it("POST /:id/move moves across columns, writes the history with the clock's time", async () => {
    const acme = await company("Acme");
    const a = await create({ companyId: acme.id, roleTitle: "A", stage: "applied" });
    const x = await create({ companyId: acme.id, roleTitle: "X", stage: "onsite" });
    const y = await create({ companyId: acme.id, roleTitle: "Y", stage: "onsite" });
    api.clock.set("2025-03-03T09:30:00.000Z");
    const moved = await api.call("POST", `/api/applications/${a.id}/move`, {
      stage: "onsite",
      afterId: x.id,
      beforeId: y.id,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.application).toMatchObject({
      stage: "onsite",
      stageEnteredAt: "2025-03-03T09:30:00.000Z",
      daysInStage: 0,
    });
    const column = await api.call("GET", "/api/applications?stage=onsite");
    expect(column.body.applications.map((r: { id: string }) => r.id)).toEqual([x.id, a.id, y.id]);
    const history = await api.call("GET", `/api/applications/${a.id}/history`);
    expect(
      history.body.history.map((h: { fromStage: string; toStage: string; at: string }) => [
        h.fromStage,
        h.toStage,
        h.at,
      ]),
    ).toEqual([
      [null, "applied", NOW],
      ["applied", "onsite", "2025-03-03T09:30:00.000Z"],
    ]);
  });

  it("POST /:id/move within a column reorders without a history row", async () => {
    const acme = await company("Acme");
    const a = await create({ companyId: acme.id, roleTitle: "A" });
    const b = await create({ companyId: acme.id, roleTitle: "B" });
    const moved = await api.call("POST", `/api/applications/${b.id}/move`, { stage: "interested", beforeId: a.id });
    expect(moved.status).toBe(200);
    const column = await api.call("GET", "/api/applications?stage=interested");
    expect(column.body.applications.map((r: { id: string }) => r.id)).toEqual([b.id, a.id]);
    expect((await api.call("GET", `/api/applications/${b.id}/history`)).body.history).toHaveLength(1);
  });

  it("walks every stage, each move one history row, in order", async () => {
    const acme = await company("Acme");
    const a = await create({ companyId: acme.id, roleTitle: "A" });
    for (const [i, stage] of STAGES.slice(1).entries()) {
      api.clock.set(new Date(Date.parse(NOW) + (i + 1) * 3_600_000).toISOString());
      expect((await api.call("POST", `/api/applications/${a.id}/move`, { stage })).status).toBe(200);
    }
    const history = (await api.call("GET", `/api/applications/${a.id}/history`)).body.history as {
      fromStage: string | null;
      toStage: string;
    }[];
    expect(history.map((h) => h.toStage)).toEqual([...STAGES]);
    expect(history.map((h) => h.fromStage)).toEqual([null, ...STAGES.slice(0, -1)]);
  });
});

describe.each(testDrivers())("timestamps on %s with the session in another time zone", (kind) => {
  let database: TestDatabase;
  let user: UserId;
  beforeAll(async () => {
    database = await createTestDb(kind, { timeZone: "Asia/Kolkata" });
    user = await freshUser(database.db);
  });
  afterAll(() => database?.close());

  it("are answered as ISO instants in UTC", async () => {
    expect(await database.rawQuery("select current_setting('TimeZone') as tz")).toEqual([{ tz: "Asia/Kolkata" }]);
    const api = testApp(database, () => user);
    const created = await api.call("POST", "/api/applications", { companyName: "Acme", roleTitle: "Engineer" });
    expect(created.body.application).toMatchObject({ createdAt: NOW, updatedAt: NOW, stageEnteredAt: NOW });
    api.clock.set("2025-03-01T20:15:30.250Z");
    const moved = await api.call("POST", `/api/applications/${created.body.application.id}/move`, { stage: "applied" });
    expect(moved.body.application.stageEnteredAt).toBe("2025-03-01T20:15:30.250Z");
    const history = await api.call("GET", `/api/applications/${created.body.application.id}/history`);
    expect(history.body.history.map((h: { at: string }) => h.at)).toEqual([NOW, "2025-03-01T20:15:30.250Z"]);
  });
});
