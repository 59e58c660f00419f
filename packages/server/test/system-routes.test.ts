import { testDrivers } from "@loopwise/db/testing";
import { STAGES } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { apiSuite, NOW } from "../../../test-support/server-harness.js";

describe.each(testDrivers())("system routes on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;

  it("GET /api/health says ok, the version and the driver", async () => {
    const { status, body } = await api.call("GET", "/api/health");
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true, version: "test", database: kind });
  });

  it("an unknown API path is a JSON 404", async () => {
    const { status, body } = await api.call("GET", "/api/nothing-here");
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });

  it("POST /api/sample loads about 25 companies across every stage, with ordered histories", async () => {
    const loaded = await api.call("POST", "/api/sample");
    expect(loaded.status).toBe(201);
    expect(loaded.body).toEqual({
      companies: 25,
      applications: 25,
      contacts: 8,
      interviews: 8,
      tasks: 4,
      offers: 3,
      negotiationEvents: 1,
    });

    const list = await api.call("GET", "/api/applications?archived=include");
    expect(list.body.total).toBe(25);
    const apps = list.body.applications as { id: string; stage: string; stageEnteredAt: string }[];
    expect(new Set(apps.map((a) => a.stage))).toEqual(new Set(STAGES));
    expect((await api.call("GET", "/api/companies")).body.companies).toHaveLength(25);
    for (const app of apps) {
      const history = (await api.call("GET", `/api/applications/${app.id}/history`)).body.history as {
        fromStage: string | null;
        toStage: string;
        at: string;
      }[];
      expect(history[0]!.fromStage).toBeNull();
      for (let i = 1; i < history.length; i++) {
        expect(history[i]!.fromStage).toBe(history[i - 1]!.toStage);
        expect(Date.parse(history[i]!.at)).toBeGreaterThan(Date.parse(history[i - 1]!.at));
      }
      expect(history.at(-1)!.toStage).toBe(app.stage);
      expect(history.at(-1)!.at).toBe(app.stageEnteredAt);
      expect(Date.parse(app.stageEnteredAt)).toBeLessThanOrEqual(Date.parse(NOW));
    }
  });

  it("POST /api/sample brings the people around the search, so Today has something on it", async () => {
    expect((await api.call("POST", "/api/sample")).status).toBe(201);
    const today = (await api.call("GET", "/api/today?tz=UTC")).body;
    expect(today.date).toBe(NOW.slice(0, 10));
    expect(today.interviews.today.length + today.interviews.tomorrow.length).toBeGreaterThanOrEqual(2);
    expect(today.followUps.map((f: { contactName: string }) => f.contactName).sort()).toEqual([
      "Marcus Bell",
      "Tomás Herrera",
    ]);
    expect(today.tasks.length).toBe(2);
    expect(today.notesOwed.map((i: { companyName: string }) => i.companyName)).toEqual(["Saltmarsh Energy"]);
    // Offers expire in 5, 11 and 13 days: Today lists the one within a week.
    expect(today.offerDeadlines.map((d: { companyName: string }) => d.companyName)).toEqual(["Lumen Data"]);
    const contacts = (await api.call("GET", "/api/contacts")).body.contacts as { name: string; roles: string[] }[];
    expect(contacts).toHaveLength(8);
    expect(contacts.find((c) => c.name === "Priya Raman")?.roles).toEqual(["referrer"]);
    const interviews = (await api.call("GET", "/api/interviews")).body.interviews as {
      id: string;
      kind: string;
      sessionIds: string[];
      interviewers: { name: string }[];
    }[];
    const loop = interviews.find((i) => i.kind === "onsite_loop")!;
    expect(loop.sessionIds).toHaveLength(3);
    // The loop and its first session start together; the loop is listed first.
    const order = interviews.map((i) => i.id);
    expect(order.indexOf(loop.id)).toBeLessThan(order.indexOf(loop.sessionIds[0]!));
    expect(interviews.flatMap((i) => i.interviewers.map((p) => p.name))).toEqual(["Sam Whitfield"]);
  });

  it("POST /api/sample?tz= dates the sample's follow-ups and tasks from the user's own today", async () => {
    // At NOW (12:00 UTC on 1 March) it is already 2 March in Auckland.
    expect((await api.call("POST", "/api/sample?tz=Pacific/Auckland")).status).toBe(201);
    const today = (await api.call("GET", "/api/today?tz=Pacific/Auckland")).body;
    expect(today.date).toBe("2025-03-02");
    const due = today.followUps.map((f: { contactName: string; followUpOn: string }) => [f.contactName, f.followUpOn]);
    expect(due).toContainEqual(["Marcus Bell", "2025-03-02"]);
  });

  it("POST /api/sample?tz= refuses a zone that does not exist, naming tz", async () => {
    const answer = await api.call("POST", "/api/sample?tz=Mars/Olympus");
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.error.fields)).toEqual(["tz"]);
    expect((await api.call("GET", "/api/applications?archived=include")).body.total).toBe(0);
  });

  it("POST /api/sample a second time is a 409 and adds nothing", async () => {
    expect((await api.call("POST", "/api/sample")).status).toBe(201);
    const again = await api.call("POST", "/api/sample");
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("conflict");
    expect((await api.call("GET", "/api/applications?archived=include")).body.total).toBe(25);
    expect((await api.call("GET", "/api/companies")).body.companies).toHaveLength(25);
  });

  it("POST /api/sample is refused when only archived applications exist", async () => {
    await api.call("POST", "/api/applications", { companyName: "Acme", roleTitle: "Old", archived: true });
    expect((await api.call("POST", "/api/sample")).status).toBe(409);
    expect((await api.call("GET", "/api/companies")).body.companies).toHaveLength(1);
  });

  it("POST /api/sample reuses a company the user already has by that name", async () => {
    await api.call("POST", "/api/companies", { name: "lumen data", tier: 2 });
    expect((await api.call("POST", "/api/sample")).status).toBe(201);
    const companies = (await api.call("GET", "/api/companies")).body.companies as { name: string }[];
    expect(companies).toHaveLength(25);
    expect(companies.filter((c) => c.name.toLowerCase() === "lumen data")).toHaveLength(1);
  });
});
