import { expect } from "vitest";
import type { Answer } from "../../../test-support/server-harness.js";

type Call = (method: string, path: string, body?: unknown) => Promise<Answer>;

/** Adds an application through the API (Acme, Engineer, unless `extra` says otherwise); answers its id. */
export async function postApplication(api: { call: Call }, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await api.call("POST", "/api/applications", { companyName: "Acme", roleTitle: "Engineer", ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.application.id;
}
