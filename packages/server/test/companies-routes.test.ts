import { testDrivers } from "@loopwise/db/testing";
import { describe, expect, it } from "vitest";
import { apiSuite, NOW } from "../../../test-support/server-harness.js";

describe.each(testDrivers())("company routes on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;

  it("POST creates a company and answers it with 201", async () => {
    const { status, body } = await api.call("POST", "/api/companies", {
      name: " Acme ",
      website: "https://acme.example",
      tier: 1,
      notes: "Pays best",
    });
    expect(status).toBe(201);
    expect(body.company).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: "Acme",
      website: "https://acme.example",
      tier: 1,
      notes: "Pays best",
      applicationCount: 0,
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it("GET lists the user's companies by name, and GET /:id answers one", async () => {
    const zed = (await api.call("POST", "/api/companies", { name: "Zed" })).body.company;
    await api.call("POST", "/api/companies", { name: "acme" });
    const list = await api.call("GET", "/api/companies");
    expect(list.status).toBe(200);
    expect(list.body.companies.map((c: { name: string }) => c.name)).toEqual(["acme", "Zed"]);
    const one = await api.call("GET", `/api/companies/${zed.id}`);
    expect(one.status).toBe(200);
    expect(one.body.company).toEqual(zed);
  });

  it("PATCH changes the fields given, and the update time", async () => {
    const acme = (await api.call("POST", "/api/companies", { name: "Acme", tier: 2, notes: "keep" })).body.company;
    api.clock.set("2025-03-02T08:00:00.000Z");
    const { status, body } = await api.call("PATCH", `/api/companies/${acme.id}`, { tier: 1, website: null });
    expect(status).toBe(200);
    expect(body.company).toMatchObject({ name: "Acme", tier: 1, website: null, notes: "keep" });
    expect(body.company.updatedAt).toBe("2025-03-02T08:00:00.000Z");
    expect(body.company.createdAt).toBe(NOW);
  });

  it("counts a company's applications", async () => {
    const acme = (await api.call("POST", "/api/companies", { name: "Acme" })).body.company;
    await api.call("POST", "/api/applications", { companyId: acme.id, roleTitle: "Engineer" });
    await api.call("POST", "/api/applications", { companyName: "acme", roleTitle: "Manager" });
    expect((await api.call("GET", `/api/companies/${acme.id}`)).body.company.applicationCount).toBe(2);
  });

  it("DELETE removes a company with 204", async () => {
    const acme = (await api.call("POST", "/api/companies", { name: "Acme" })).body.company;
    const res = await api.call("DELETE", `/api/companies/${acme.id}`);
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
    expect((await api.call("GET", `/api/companies/${acme.id}`)).status).toBe(404);
  });

  it("DELETE refuses a company with applications (409) unless cascade=true", async () => {
    const acme = (await api.call("POST", "/api/companies", { name: "Acme" })).body.company;
    const app = (await api.call("POST", "/api/applications", { companyId: acme.id, roleTitle: "Engineer" })).body
      .application;
    const refused = await api.call("DELETE", `/api/companies/${acme.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("conflict");
    expect((await api.call("GET", `/api/applications/${app.id}`)).status).toBe(200);
    expect((await api.call("DELETE", `/api/companies/${acme.id}?cascade=false`)).status).toBe(409);

    expect((await api.call("DELETE", `/api/companies/${acme.id}?cascade=true`)).status).toBe(204);
    expect((await api.call("GET", `/api/applications/${app.id}`)).status).toBe(404);
  });
});
