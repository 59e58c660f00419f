import { createTestDb, testDrivers, type TestDatabase } from "@loopwise/db/testing";
import type { UserId } from "@loopwise/domain";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { testApp, type CallOptions } from "../../../test-support/server-harness.js";
import { APPLICATION_CASES } from "./bad-input-applications.cases.js";
import { COMPANY_CASES } from "./bad-input-companies.cases.js";
import type { Fixture } from "./bad-input-shared.js";

const CASES = { ...COMPANY_CASES, ...APPLICATION_CASES };

const CODES = { 400: "invalid", 404: "not_found", 409: "conflict" } as const;

describe.each(testDrivers())("bad input on %s", (kind) => {
  let database: TestDatabase;
  let user: UserId;
  let api: ReturnType<typeof testApp>;
  let fixture: Fixture;
  beforeAll(async () => {
    database = await createTestDb(kind);
    api = testApp(database, () => user);
  });
  afterAll(() => database?.close());

  beforeEach(async () => {
    const post = async (path: string, body: unknown) => {
      const res = await api.call("POST", path, body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body;
    };
    user = await freshUser(database.db);
    const foreignCompany = (await post("/api/companies", { name: "Acme" })).company.id;
    const foreignApp = (await post("/api/applications", { companyId: foreignCompany, roleTitle: "Theirs" })).application
      .id;
    user = await freshUser(database.db);
    const company = (await post("/api/companies", { name: "Acme" })).company.id;
    const beta = (await post("/api/companies", { name: "Beta" })).company.id;
    const application = (body: object) =>
      post("/api/applications", { companyId: company, roleTitle: "Engineer", ...body }).then((b) => b.application.id);
    const app = await application({ stage: "applied", salaryMin: 150_000, salaryMax: 190_000 });
    const app2 = await application({ stage: "applied" });
    const onsite = await application({ stage: "onsite" });
    const gone = await application({ stage: "applied" });
    expect((await api.call("DELETE", `/api/applications/${gone}`)).status).toBe(204);
    fixture = { company, beta, app, app2, onsite, gone, foreignCompany, foreignApp };
  });

  /** Everything the user can see, to check a refused request changed nothing. */
  async function everything() {
    const companies = (await api.call("GET", "/api/companies")).body;
    const applications = (await api.call("GET", "/api/applications?archived=include")).body;
    const histories = await Promise.all(
      (applications.applications as { id: string }[]).map(
        async (a) => (await api.call("GET", `/api/applications/${a.id}/history`)).body,
      ),
    );
    return { companies, applications, histories };
  }

  it.each(Object.entries(CASES))("%s", async (_name, c) => {
    const before = await everything();
    const options: CallOptions = { ...(c.raw !== undefined ? { raw: c.raw } : {}), headers: c.headers ?? {} };
    const res = await api.call(c.method, c.path(fixture), c.body?.(fixture), options);
    expect(res.status, JSON.stringify(res.body)).toBe(c.status);
    expect(res.body.error).toMatchObject({ code: CODES[c.status], message: expect.any(String) });
    expect(res.body.error.message.length).toBeGreaterThan(0);
    if (c.field) expect(Object.keys(res.body.error.fields ?? {})).toContain(c.field);
    expect(await everything()).toEqual(before);
  });

  it.each([
    ["PATCH /api/applications/:id", "PATCH", (f: Fixture) => `/api/applications/${f.app}`, { level: "Staff" }],
    ["PATCH /api/companies/:id", "PATCH", (f: Fixture) => `/api/companies/${f.company}`, { tier: 3 }],
    ["POST /api/companies", "POST", () => "/api/companies", { name: "Gamma" }],
  ] as const)("a JSON body sent as text/plain to %s is refused, not ignored", async (_label, method, path, body) => {
    const before = await everything();
    const res = await api.call(method, path(fixture), undefined, {
      raw: JSON.stringify(body),
      headers: { "content-type": "text/plain" },
    });
    expect([400, 415]).toContain(res.status);
    expect(await everything()).toEqual(before);
  });
});
