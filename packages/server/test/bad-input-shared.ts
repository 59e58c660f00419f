/** Shared shapes of the bad-input cases: rows each case can point at, and one refused request. */
export const MISSING = "00000000-0000-4000-8000-000000000000";
export const NOT_UUID = "not-a-uuid";

/** Rows every case can point at: the user's own, a deleted one, and another user's. */
export interface Fixture {
  company: string;
  beta: string;
  app: string;
  app2: string;
  onsite: string;
  gone: string;
  foreignCompany: string;
  foreignApp: string;
}

export interface Case {
  method: string;
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  raw?: string;
  headers?: Record<string, string>;
  status: 400 | 404 | 409;
  /** The field `error.fields` must name. */
  field?: string;
}

export const malformed = { raw: '{"name": "Acme",', status: 400 } as const;
export const company = (f: Fixture) => `/api/companies/${f.company}`;
export const app = (f: Fixture) => `/api/applications/${f.app}`;
export const move = (f: Fixture) => `/api/applications/${f.app}/move`;
