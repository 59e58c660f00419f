import { company, malformed, MISSING, NOT_UUID, type Case } from "./bad-input-shared.js";

export const COMPANY_CASES: Record<string, Case> = {
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
  "POST /companies: a NUL in the name (PostgreSQL text cannot hold one)": {
    method: "POST",
    path: () => "/api/companies",
    body: () => ({ name: "Acme\u0000Corp" }),
    status: 400,
    field: "name",
  },
  "POST /companies: half a surrogate pair in the notes": {
    method: "POST",
    path: () => "/api/companies",
    body: () => ({ name: "Acme", notes: "broken \ud800 text" }),
    status: 400,
    field: "notes",
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
};
