import { createTestDb, testDrivers, type TestDatabase } from "@loopwise/db/testing";
import type { UserId } from "@loopwise/domain";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { testApp, type CallOptions } from "../../../test-support/server-harness.js";

const MISSING = "00000000-0000-4000-8000-000000000000";
const NOT_UUID = "not-a-uuid";

/** Rows every case can point at: the user's own, a deleted one, and another user's. */
interface Fixture {
  company: string;
  beta: string;
  app: string;
  app2: string;
  onsite: string;
  gone: string;
  foreignCompany: string;
  foreignApp: string;
}

interface Case {
  method: string;
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  raw?: string;
  headers?: Record<string, string>;
  status: 400 | 404 | 409;
  /** The field `error.fields` must name. */
  field?: string;
}

const malformed = { raw: '{"name": "Acme",', status: 400 } as const;
const company = (f: Fixture) => `/api/companies/${f.company}`;
const app = (f: Fixture) => `/api/applications/${f.app}`;
const move = (f: Fixture) => `/api/applications/${f.app}/move`;

const CASES: Record<string, Case> = {
  // POST /api/companies
  "POST /companies: malformed JSON": { method: "POST", path: () => "/api/companies", ...malformed },
  "POST /companies: empty body": { method: "POST", path: () => "/api/companies", raw: "", status: 400 },
  "POST /companies: an array": {
    method: "POST",
    path: () => "/api/companies",
    body: () => [],
    status: 400,
    field: "body",
  },
  "POST /companies: name of the wrong type": {
    method: "POST",
    path: () => "/api/companies",
    body: () => ({ name: 5 }),
    status: 400,
    field: "name",
  },
  "POST /companies: no name": {
    method: "POST",
    path: () => "/api/companies",
    body: () => ({ tier: 1 }),
    status: 400,
    field: "name",
  },
  "POST /companies: blank name": {
    method: "POST",
    path: () => "/api/companies",
    body: () => ({ name: "   " }),
    status: 400,
    field: "name",
  },
  "POST /companies: unknown field": {
    method: "POST",
    path: () => "/api/companies",
    body: () => ({ name: "X", colour: "red" }),
    status: 400,
    field: "colour",
  },
  "POST /companies: tier out of range": {
    method: "POST",
    path: () => "/api/companies",
    body: () => ({ name: "X", tier: 9 }),
    status: 400,
    field: "tier",
  },
  "POST /companies: website not a URL": {
    method: "POST",
    path: () => "/api/companies",
    body: () => ({ name: "X", website: "acme" }),
    status: 400,
    field: "website",
  },
  "POST /companies: a name taken in another case": {
    method: "POST",
    path: () => "/api/companies",
    body: () => ({ name: "ACME" }),
    status: 409,
  },

  // GET /api/companies/:id
  "GET /companies/:id: invalid uuid": {
    method: "GET",
    path: () => `/api/companies/${NOT_UUID}`,
    status: 400,
    field: "id",
  },
  "GET /companies/:id: missing": { method: "GET", path: () => `/api/companies/${MISSING}`, status: 404 },
  "GET /companies/:id: another user's": {
    method: "GET",
    path: (f) => `/api/companies/${f.foreignCompany}`,
    status: 404,
  },

  // PATCH /api/companies/:id
  "PATCH /companies/:id: invalid uuid": {
    method: "PATCH",
    path: () => `/api/companies/${NOT_UUID}`,
    body: () => ({ tier: 1 }),
    status: 400,
    field: "id",
  },
  "PATCH /companies/:id: malformed JSON": { method: "PATCH", path: company, ...malformed },
  "PATCH /companies/:id: tier of the wrong type": {
    method: "PATCH",
    path: company,
    body: () => ({ tier: "1" }),
    status: 400,
    field: "tier",
  },
  "PATCH /companies/:id: empty name": {
    method: "PATCH",
    path: company,
    body: () => ({ name: "" }),
    status: 400,
    field: "name",
  },
  "PATCH /companies/:id: unknown field": {
    method: "PATCH",
    path: company,
    body: (f) => ({ id: f.beta }),
    status: 400,
    field: "id",
  },
  "PATCH /companies/:id: missing": {
    method: "PATCH",
    path: () => `/api/companies/${MISSING}`,
    body: () => ({ tier: 1 }),
    status: 404,
  },
  "PATCH /companies/:id: another user's": {
    method: "PATCH",
    path: (f) => `/api/companies/${f.foreignCompany}`,
    body: () => ({ tier: 1 }),
    status: 404,
  },
  "PATCH /companies/:id: a name taken": { method: "PATCH", path: company, body: () => ({ name: "beta" }), status: 409 },

  // DELETE /api/companies/:id
  "DELETE /companies/:id: invalid uuid": {
    method: "DELETE",
    path: () => `/api/companies/${NOT_UUID}`,
    status: 400,
    field: "id",
  },
  "DELETE /companies/:id: bad cascade": {
    method: "DELETE",
    path: (f) => `/api/companies/${f.beta}?cascade=yes`,
    status: 400,
    field: "cascade",
  },
  "DELETE /companies/:id: unknown query parameter": {
    method: "DELETE",
    path: (f) => `/api/companies/${f.beta}?force=true`,
    status: 400,
    field: "force",
  },
  "DELETE /companies/:id: missing": { method: "DELETE", path: () => `/api/companies/${MISSING}`, status: 404 },
  "DELETE /companies/:id: another user's": {
    method: "DELETE",
    path: (f) => `/api/companies/${f.foreignCompany}?cascade=true`,
    status: 404,
  },
  "DELETE /companies/:id: with applications, no cascade": { method: "DELETE", path: company, status: 409 },

  // GET /api/applications
  "GET /applications: unknown query parameter": {
    method: "GET",
    path: () => "/api/applications?colour=red",
    status: 400,
    field: "colour",
  },
  "GET /applications: limit 0": { method: "GET", path: () => "/api/applications?limit=0", status: 400, field: "limit" },
  "GET /applications: limit too large": {
    method: "GET",
    path: () => "/api/applications?limit=99999",
    status: 400,
    field: "limit",
  },
  "GET /applications: limit not a number": {
    method: "GET",
    path: () => "/api/applications?limit=ten",
    status: 400,
    field: "limit",
  },
  "GET /applications: negative offset": {
    method: "GET",
    path: () => "/api/applications?offset=-1",
    status: 400,
    field: "offset",
  },
  "GET /applications: unknown stage": {
    method: "GET",
    path: () => "/api/applications?stage=hired",
    status: 400,
    field: "stage.0",
  },
  "GET /applications: unknown sort": {
    method: "GET",
    path: () => "/api/applications?sort=salary",
    status: 400,
    field: "sort",
  },
  "GET /applications: unknown order": {
    method: "GET",
    path: () => "/api/applications?order=up",
    status: 400,
    field: "order",
  },
  "GET /applications: desirability out of range": {
    method: "GET",
    path: () => "/api/applications?minDesirability=9",
    status: 400,
    field: "minDesirability",
  },
  "GET /applications: unknown archived": {
    method: "GET",
    path: () => "/api/applications?archived=all",
    status: 400,
    field: "archived",
  },
  "GET /applications: tier out of range": {
    method: "GET",
    path: () => "/api/applications?tier=0",
    status: 400,
    field: "tier.0",
  },
  "GET /applications: companyId not a uuid": {
    method: "GET",
    path: () => "/api/applications?companyId=acme",
    status: 400,
    field: "companyId",
  },
  "GET /applications: a parameter given twice": {
    method: "GET",
    path: () => "/api/applications?sort=role&sort=company",
    status: 400,
    field: "sort",
  },

  // POST /api/applications
  "POST /applications: malformed JSON": { method: "POST", path: () => "/api/applications", ...malformed },
  "POST /applications: roleTitle of the wrong type": {
    method: "POST",
    path: () => "/api/applications",
    body: (f) => ({ companyId: f.company, roleTitle: 5 }),
    status: 400,
    field: "roleTitle",
  },
  "POST /applications: no company": {
    method: "POST",
    path: () => "/api/applications",
    body: () => ({ roleTitle: "Engineer" }),
    status: 400,
    field: "companyId",
  },
  "POST /applications: unknown field": {
    method: "POST",
    path: () => "/api/applications",
    body: (f) => ({ companyId: f.company, roleTitle: "E", owner: "me" }),
    status: 400,
    field: "owner",
  },
  "POST /applications: desirability out of range": {
    method: "POST",
    path: () => "/api/applications",
    body: (f) => ({ companyId: f.company, roleTitle: "E", desirability: 9 }),
    status: 400,
    field: "desirability",
  },
  "POST /applications: salaryMin above salaryMax": {
    method: "POST",
    path: () => "/api/applications",
    body: (f) => ({ companyId: f.company, roleTitle: "E", salaryMin: 200_000, salaryMax: 100_000 }),
    status: 400,
    field: "salaryMax",
  },
  "POST /applications: negative salary": {
    method: "POST",
    path: () => "/api/applications",
    body: (f) => ({ companyId: f.company, roleTitle: "E", salaryMin: -5 }),
    status: 400,
    field: "salaryMin",
  },
  "POST /applications: lower-case currency": {
    method: "POST",
    path: () => "/api/applications",
    body: (f) => ({ companyId: f.company, roleTitle: "E", salaryCurrency: "usd" }),
    status: 400,
    field: "salaryCurrency",
  },
  "POST /applications: a company that is not there": {
    method: "POST",
    path: () => "/api/applications",
    body: () => ({ companyId: MISSING, roleTitle: "E" }),
    status: 400,
    field: "companyId",
  },
  "POST /applications: another user's company": {
    method: "POST",
    path: () => "/api/applications",
    body: (f) => ({ companyId: f.foreignCompany, roleTitle: "E" }),
    status: 400,
    field: "companyId",
  },
  "POST /applications: a day that does not exist": {
    method: "POST",
    path: () => "/api/applications",
    body: (f) => ({ companyId: f.company, roleTitle: "E", appliedOn: "2025-02-30" }),
    status: 400,
    field: "appliedOn",
  },
  "POST /applications: tags not a list": {
    method: "POST",
    path: () => "/api/applications",
    body: (f) => ({ companyId: f.company, roleTitle: "E", tags: "go" }),
    status: 400,
    field: "tags",
  },
  "POST /applications: unknown stage": {
    method: "POST",
    path: () => "/api/applications",
    body: (f) => ({ companyId: f.company, roleTitle: "E", stage: "hired" }),
    status: 400,
    field: "stage",
  },
  "POST /applications: a javascript: URL": {
    method: "POST",
    path: () => "/api/applications",
    body: (f) => ({ companyId: f.company, roleTitle: "E", postingUrl: "javascript:alert(1)" }),
    status: 400,
    field: "postingUrl",
  },

  // GET /api/applications/:id
  "GET /applications/:id: invalid uuid": {
    method: "GET",
    path: () => `/api/applications/${NOT_UUID}`,
    status: 400,
    field: "id",
  },
  "GET /applications/:id: missing": { method: "GET", path: () => `/api/applications/${MISSING}`, status: 404 },
  "GET /applications/:id: deleted": { method: "GET", path: (f) => `/api/applications/${f.gone}`, status: 404 },
  "GET /applications/:id: another user's": {
    method: "GET",
    path: (f) => `/api/applications/${f.foreignApp}`,
    status: 404,
  },

  // PATCH /api/applications/:id
  "PATCH /applications/:id: invalid uuid": {
    method: "PATCH",
    path: () => `/api/applications/${NOT_UUID}`,
    body: () => ({ level: "L5" }),
    status: 400,
    field: "id",
  },
  "PATCH /applications/:id: malformed JSON": { method: "PATCH", path: app, ...malformed },
  "PATCH /applications/:id: a stage (moves write the history)": {
    method: "PATCH",
    path: app,
    body: () => ({ stage: "offer" }),
    status: 400,
    field: "stage",
  },
  "PATCH /applications/:id: desirability out of range": {
    method: "PATCH",
    path: app,
    body: () => ({ desirability: 0 }),
    status: 400,
    field: "desirability",
  },
  "PATCH /applications/:id: archived of the wrong type": {
    method: "PATCH",
    path: app,
    body: () => ({ archived: "yes" }),
    status: 400,
    field: "archived",
  },
  "PATCH /applications/:id: salaryMin above salaryMax": {
    method: "PATCH",
    path: app,
    body: () => ({ salaryMin: 5, salaryMax: 1 }),
    status: 400,
    field: "salaryMax",
  },
  "PATCH /applications/:id: salaryMin above the stored salaryMax": {
    method: "PATCH",
    path: app,
    body: () => ({ salaryMin: 500_000 }),
    status: 400,
    field: "salaryMax",
  },
  "PATCH /applications/:id: salaryMax below the stored salaryMin": {
    method: "PATCH",
    path: app,
    body: () => ({ salaryMax: 1_000 }),
    status: 400,
    field: "salaryMax",
  },
  "PATCH /applications/:id: companyId not a uuid": {
    method: "PATCH",
    path: app,
    body: () => ({ companyId: "acme" }),
    status: 400,
    field: "companyId",
  },
  "PATCH /applications/:id: a company that is not there": {
    method: "PATCH",
    path: app,
    body: () => ({ companyId: MISSING }),
    status: 400,
    field: "companyId",
  },
  "PATCH /applications/:id: another user's company": {
    method: "PATCH",
    path: app,
    body: (f) => ({ companyId: f.foreignCompany }),
    status: 400,
    field: "companyId",
  },
  "PATCH /applications/:id: missing": {
    method: "PATCH",
    path: () => `/api/applications/${MISSING}`,
    body: () => ({ level: "L5" }),
    status: 404,
  },
  "PATCH /applications/:id: another user's": {
    method: "PATCH",
    path: (f) => `/api/applications/${f.foreignApp}`,
    body: () => ({ level: "L5" }),
    status: 404,
  },

  // DELETE /api/applications/:id
  "DELETE /applications/:id: invalid uuid": {
    method: "DELETE",
    path: () => `/api/applications/${NOT_UUID}`,
    status: 400,
    field: "id",
  },
  "DELETE /applications/:id: missing": { method: "DELETE", path: () => `/api/applications/${MISSING}`, status: 404 },
  "DELETE /applications/:id: another user's": {
    method: "DELETE",
    path: (f) => `/api/applications/${f.foreignApp}`,
    status: 404,
  },

  // POST /api/applications/:id/move
  "move: invalid uuid": {
    method: "POST",
    path: () => `/api/applications/${NOT_UUID}/move`,
    body: () => ({ stage: "offer" }),
    status: 400,
    field: "id",
  },
  "move: malformed JSON": { method: "POST", path: move, ...malformed },
  "move: no stage": { method: "POST", path: move, body: () => ({}), status: 400, field: "stage" },
  "move: unknown stage": { method: "POST", path: move, body: () => ({ stage: "hired" }), status: 400, field: "stage" },
  "move: afterId not a uuid": {
    method: "POST",
    path: move,
    body: () => ({ stage: "onsite", afterId: "x" }),
    status: 400,
    field: "afterId",
  },
  "move: unknown field": {
    method: "POST",
    path: move,
    body: () => ({ stage: "onsite", position: "a0" }),
    status: 400,
    field: "position",
  },
  "move: the same card before and after": {
    method: "POST",
    path: move,
    body: (f) => ({ stage: "onsite", afterId: f.onsite, beforeId: f.onsite }),
    status: 400,
    field: "beforeId",
  },
  "move: a neighbour in another column": {
    method: "POST",
    path: move,
    body: (f) => ({ stage: "offer", afterId: f.onsite }),
    status: 409,
  },
  "move: a deleted neighbour": {
    method: "POST",
    path: move,
    body: (f) => ({ stage: "applied", beforeId: f.gone }),
    status: 409,
  },
  "move: another user's card as neighbour": {
    method: "POST",
    path: move,
    body: (f) => ({ stage: "applied", afterId: f.foreignApp }),
    status: 409,
  },
  "move: the card as its own neighbour": {
    method: "POST",
    path: move,
    body: (f) => ({ stage: "applied", afterId: f.app }),
    status: 409,
  },
  "move: neighbours in the wrong order": {
    method: "POST",
    path: (f) => `/api/applications/${f.onsite}/move`,
    body: (f) => ({ stage: "applied", afterId: f.app2, beforeId: f.app }),
    status: 409,
  },
  "move: missing card": {
    method: "POST",
    path: () => `/api/applications/${MISSING}/move`,
    body: () => ({ stage: "offer" }),
    status: 404,
  },
  "move: another user's card": {
    method: "POST",
    path: (f) => `/api/applications/${f.foreignApp}/move`,
    body: () => ({ stage: "offer" }),
    status: 404,
  },

  // GET /api/applications/:id/history
  "history: invalid uuid": {
    method: "GET",
    path: () => `/api/applications/${NOT_UUID}/history`,
    status: 400,
    field: "id",
  },
  "history: missing": { method: "GET", path: () => `/api/applications/${MISSING}/history`, status: 404 },
  "history: another user's": { method: "GET", path: (f) => `/api/applications/${f.foreignApp}/history`, status: 404 },
};

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
