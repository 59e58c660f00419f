import { schema } from "@loopwise/db";
import { testDrivers } from "@loopwise/db/testing";
import type { UserId } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite, NOW, testApp } from "../../../test-support/server-harness.js";

describe.each(testDrivers())("interview routes on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;

  async function application(companyName = "Acme", roleTitle = "Engineer"): Promise<string> {
    const res = await api.call("POST", "/api/applications", { companyName, roleTitle });
    expect(res.status).toBe(201);
    return res.body.application.id;
  }

  async function contact(name: string, userId: UserId = suite.user()): Promise<string> {
    const [row] = await suite.database().db.insert(schema.contacts).values({ userId, name }).returning();
    return row!.id;
  }

  /** A valid body on `applicationId`, overridden field by field. */
  function body(applicationId: string, extra: Record<string, unknown> = {}) {
    return {
      applicationId,
      kind: "coding",
      startsAt: "2025-03-04T10:00:00-05:00",
      endsAt: "2025-03-04T11:00:00-05:00",
      timeZone: "America/New_York",
      ...extra,
    };
  }

  async function schedule(applicationId: string, extra: Record<string, unknown> = {}) {
    const res = await api.call("POST", "/api/interviews", body(applicationId, extra));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.interview;
  }

  it("POST schedules an interview and answers it with 201, instants in UTC and the zone kept", async () => {
    const appId = await application("Acme", "Staff Engineer");
    const ada = await contact("Ada Lovelace");
    const bob = await contact("bob");
    const res = await api.call(
      "POST",
      "/api/interviews",
      body(appId, {
        title: " Pairing ",
        location: "Room 4",
        videoUrl: "https://meet.example/abc",
        prepare: "- review **graphs**",
        interviewerIds: [bob, ada, bob],
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body.interview).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      applicationId: appId,
      companyName: "Acme",
      roleTitle: "Staff Engineer",
      parentId: null,
      kind: "coding",
      title: "Pairing",
      startsAt: "2025-03-04T15:00:00.000Z",
      endsAt: "2025-03-04T16:00:00.000Z",
      timeZone: "America/New_York",
      location: "Room 4",
      videoUrl: "https://meet.example/abc",
      prepare: "- review **graphs**",
      notes: null,
      selfRating: null,
      outcome: "pending",
      redFlags: [],
      interviewers: [
        { id: ada, name: "Ada Lovelace" },
        { id: bob, name: "bob" },
      ],
      sessionIds: [],
      createdAt: NOW,
      updatedAt: NOW,
    });
    const again = await api.call("GET", `/api/interviews/${res.body.interview.id}`);
    expect(again.status).toBe(200);
    expect(again.body.interview).toEqual(res.body.interview);
  });

  it("GET lists by start and filters by status against the clock, by start window and by application", async () => {
    const acme = await application("Acme");
    const zed = await application("Zed");
    const later = await schedule(acme, { startsAt: "2025-03-05T09:00:00Z", endsAt: "2025-03-05T10:00:00Z" });
    const past = await schedule(zed, { startsAt: "2025-02-20T09:00:00Z", endsAt: "2025-02-20T10:00:00Z" });
    // In progress at NOW (12:00Z): not ended, so still upcoming.
    const running = await schedule(zed, { startsAt: "2025-03-01T11:30:00Z", endsAt: "2025-03-01T12:30:00Z" });
    const ids = async (query: string) =>
      (await api.call("GET", `/api/interviews${query}`)).body.interviews.map((i: { id: string }) => i.id);

    expect(await ids("")).toEqual([past.id, running.id, later.id]);
    expect(await ids("?status=all")).toEqual([past.id, running.id, later.id]);
    expect(await ids("?status=upcoming")).toEqual([running.id, later.id]);
    expect(await ids("?status=past")).toEqual([past.id]);
    expect(await ids(`?applicationId=${zed}`)).toEqual([past.id, running.id]);
    expect(await ids("?from=2025-03-01T11:30:00Z&to=2025-03-05T09:00:00Z")).toEqual([running.id]);
    expect(await ids("?from=2025-03-01T00:00:00%2B13:00")).toEqual([running.id, later.id]);

    api.clock.set("2025-03-01T12:30:00.000Z");
    expect(await ids("?status=past")).toEqual([past.id, running.id]);
  });

  it("PATCH edits what it is given; interviewerIds replaces the whole set", async () => {
    const appId = await application();
    const [ada, bob, cy] = [await contact("Ada"), await contact("Bob"), await contact("Cy")];
    const interview = await schedule(appId, { interviewerIds: [ada, bob] });
    api.clock.set("2025-03-04T17:00:00.000Z");
    const res = await api.call("PATCH", `/api/interviews/${interview.id}`, {
      notes: "Asked about **tries**",
      selfRating: 4,
      outcome: "passed",
      interviewerIds: [cy, bob],
    });
    expect(res.status).toBe(200);
    expect(res.body.interview).toMatchObject({
      notes: "Asked about **tries**",
      selfRating: 4,
      outcome: "passed",
      kind: "coding",
      startsAt: "2025-03-04T15:00:00.000Z",
      interviewers: [
        { id: bob, name: "Bob" },
        { id: cy, name: "Cy" },
      ],
      createdAt: NOW,
      updatedAt: "2025-03-04T17:00:00.000Z",
    });
    const untouched = await api.call("PATCH", `/api/interviews/${interview.id}`, { title: "Round 2" });
    expect(untouched.body.interview.interviewers).toHaveLength(2);
    const cleared = await api.call("PATCH", `/api/interviews/${interview.id}`, {
      interviewerIds: [],
      selfRating: null,
    });
    expect(cleared.body.interview).toMatchObject({ interviewers: [], selfRating: null, title: "Round 2" });
  });

  it("PATCH that moves one end only is checked against the stored other end", async () => {
    const interview = await schedule(await application());
    const url = `/api/interviews/${interview.id}`;
    const lateStart = await api.call("PATCH", url, { startsAt: "2025-03-04T16:00:00Z" });
    expect(lateStart.status).toBe(400);
    expect(Object.keys(lateStart.body.error.fields)).toEqual(["startsAt"]);
    const earlyEnd = await api.call("PATCH", url, { endsAt: "2025-03-04T10:00:00-05:00" });
    expect(earlyEnd.status).toBe(400);
    expect(Object.keys(earlyEnd.body.error.fields)).toEqual(["endsAt"]);
    const both = await api.call("PATCH", url, { startsAt: "2025-03-04T17:00:00Z", endsAt: "2025-03-04T16:00:00Z" });
    expect(both.status).toBe(400);
    expect(both.body.error.fields).toHaveProperty("endsAt");

    const moved = await api.call("PATCH", url, { startsAt: "2025-03-04T15:30:00Z" });
    expect(moved.status).toBe(200);
    expect(moved.body.interview).toMatchObject({
      startsAt: "2025-03-04T15:30:00.000Z",
      endsAt: "2025-03-04T16:00:00.000Z",
    });
    const whole = await api.call("PATCH", url, {
      startsAt: "2025-03-06T09:00:00+01:00",
      endsAt: "2025-03-06T10:30:00+01:00",
      timeZone: "Europe/Berlin",
    });
    expect(whole.body.interview).toMatchObject({
      startsAt: "2025-03-06T08:00:00.000Z",
      endsAt: "2025-03-06T09:30:00.000Z",
      timeZone: "Europe/Berlin",
    });
  });

  it("an onsite loop lists its sessions; a session must name a loop of the same application", async () => {
    const acme = await application("Acme");
    const zed = await application("Zed");
    const loop = await schedule(acme, {
      kind: "onsite_loop",
      startsAt: "2025-03-10T09:00:00-04:00",
      endsAt: "2025-03-11T17:00:00-04:00",
    });
    const second = await schedule(acme, {
      kind: "system_design",
      parentId: loop.id,
      startsAt: "2025-03-11T09:00:00-04:00",
      endsAt: "2025-03-11T10:00:00-04:00",
    });
    const first = await schedule(acme, {
      kind: "behavioral",
      parentId: loop.id,
      startsAt: "2025-03-10T13:00:00-04:00",
      endsAt: "2025-03-10T14:00:00-04:00",
    });
    expect(first.parentId).toBe(loop.id);
    expect((await api.call("GET", `/api/interviews/${loop.id}`)).body.interview.sessionIds).toEqual([
      first.id,
      second.id,
    ]);

    const refusals = [
      body(zed, { parentId: loop.id }),
      body(acme, { parentId: first.id }),
      body(acme, { parentId: "00000000-0000-4000-8000-000000000000" }),
      body(acme, { kind: "onsite_loop", parentId: loop.id }),
    ];
    for (const refused of refusals) {
      const res = await api.call("POST", "/api/interviews", refused);
      expect(res.status, JSON.stringify(refused)).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual(["parentId"]);
    }
    const self = await api.call("PATCH", `/api/interviews/${loop.id}`, { parentId: loop.id });
    expect(self.status).toBe(400);
    expect(self.body.error.fields).toHaveProperty("parentId");
    const unloop = await api.call("PATCH", `/api/interviews/${loop.id}`, { kind: "coding" });
    expect(unloop.status).toBe(400);
    expect(Object.keys(unloop.body.error.fields)).toEqual(["kind"]);
    const promote = await api.call("PATCH", `/api/interviews/${first.id}`, { kind: "onsite_loop" });
    expect(promote.status).toBe(400);
    expect(Object.keys(promote.body.error.fields)).toEqual(["kind"]);

    const detached = await api.call("PATCH", `/api/interviews/${first.id}`, { parentId: null });
    expect(detached.body.interview.parentId).toBeNull();
    expect((await api.call("GET", `/api/interviews/${loop.id}`)).body.interview.sessionIds).toEqual([second.id]);

    expect((await api.call("DELETE", `/api/interviews/${loop.id}`)).status).toBe(204);
    expect((await api.call("GET", `/api/interviews/${second.id}`)).status).toBe(404);
    expect((await api.call("GET", `/api/interviews/${first.id}`)).status).toBe(200);
  });

  it("DELETE removes an interview with 204; an unknown one is a 404", async () => {
    const interview = await schedule(await application());
    expect((await api.call("DELETE", `/api/interviews/${interview.id}`)).status).toBe(204);
    expect((await api.call("GET", `/api/interviews/${interview.id}`)).status).toBe(404);
    expect((await api.call("DELETE", `/api/interviews/${interview.id}`)).status).toBe(404);
    expect((await api.call("PATCH", `/api/interviews/${interview.id}`, { notes: "x" })).status).toBe(404);
  });

  it.each([
    ["kind", { kind: "lunch" }],
    ["endsAt", { endsAt: "2025-03-04T09:00:00-05:00" }],
    ["startsAt", { startsAt: "2025-03-04 10:00" }],
    ["endsAt", { endsAt: "2025-03-04T16:00:00" }],
    ["timeZone", { timeZone: "Mars/Olympus_Mons" }],
    ["videoUrl", { videoUrl: "javascript:alert(1)" }],
    ["selfRating", { selfRating: 6 }],
    ["outcome", { outcome: "won" }],
    ["interviewerIds", { interviewerIds: "everyone" }],
    ["interviewerIds.0", { interviewerIds: ["nope"] }],
    ["parentId", { parentId: 7 }],
    ["applicationId", { applicationId: "acme" }],
    ["colour", { colour: "red" }],
  ])("POST with a bad %s is a 400 naming it", async (field, extra) => {
    const appId = await application();
    const res = await api.call("POST", "/api/interviews", body(appId, extra));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid");
    expect(res.body.error.fields).toHaveProperty([field]);
  });

  it("red flags: set on create, replaced as a set by PATCH, cleared with [], unknown ones a 400", async () => {
    const appId = await application();
    const created = await schedule(appId, { redFlags: ["politics", "long_hours", "politics"] });
    // Stored once each, in the order RED_FLAGS lists them.
    expect(created.redFlags).toEqual(["long_hours", "politics"]);
    expect((await schedule(appId)).redFlags).toEqual([]);

    const patched = await api.call("PATCH", `/api/interviews/${created.id}`, { redFlags: ["churn", "firefighting"] });
    expect(patched.status).toBe(200);
    expect(patched.body.interview.redFlags).toEqual(["firefighting", "churn"]);
    const untouched = await api.call("PATCH", `/api/interviews/${created.id}`, { notes: "Manager dodged on-call" });
    expect(untouched.body.interview.redFlags).toEqual(["firefighting", "churn"]);
    const listed = await api.call("GET", `/api/interviews?applicationId=${appId}`);
    expect(listed.body.interviews.find((i: { id: string }) => i.id === created.id).redFlags).toEqual([
      "firefighting",
      "churn",
    ]);

    const cleared = await api.call("PATCH", `/api/interviews/${created.id}`, { redFlags: [] });
    expect(cleared.body.interview.redFlags).toEqual([]);
    expect((await api.call("GET", `/api/interviews/${created.id}`)).body.interview.redFlags).toEqual([]);

    for (const redFlags of [["rude"], "politics", [1]]) {
      const bad = await api.call("PATCH", `/api/interviews/${created.id}`, { redFlags });
      expect(bad.status, JSON.stringify(redFlags)).toBe(400);
      expect(Object.keys(bad.body.error.fields)).toEqual([Array.isArray(redFlags) ? "redFlags.0" : "redFlags"]);
    }
    const badCreate = await api.call("POST", "/api/interviews", body(appId, { redFlags: ["politics", "gossip"] }));
    expect(badCreate.status).toBe(400);
    expect(badCreate.body.error.fields["redFlags.1"]).toMatch(/must be one of long_hours/);
    expect((await api.call("GET", `/api/interviews/${created.id}`)).body.interview.redFlags).toEqual([]);
  });

  it("bad query strings, ids and bodies are 400s naming the field", async () => {
    const checks: [string, string, string][] = [
      ["GET", "/api/interviews?status=soon", "status"],
      ["GET", "/api/interviews?from=yesterday", "from"],
      ["GET", "/api/interviews?from=2025-03-02T00:00:00Z&to=2025-03-01T00:00:00Z", "to"],
      ["GET", "/api/interviews?applicationId=7", "applicationId"],
      ["GET", "/api/interviews?page=2", "page"],
      ["GET", "/api/interviews/not-an-id", "id"],
      ["DELETE", "/api/interviews/not-an-id", "id"],
    ];
    for (const [method, path, field] of checks) {
      const res = await api.call(method, path);
      expect(res.status, path).toBe(400);
      expect(res.body.error.fields, path).toHaveProperty([field]);
    }
    const missing = await api.call("POST", "/api/interviews", { kind: "coding" });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.error.fields).sort()).toEqual(["applicationId", "endsAt", "startsAt", "timeZone"]);
    const notJson = await api.call("POST", "/api/interviews", undefined, {
      raw: "kind=coding",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.fields).toHaveProperty("body");
  });

  it("refuses another user's application, contacts and loop as a 400, and their interviews as a 404", async () => {
    const mine = await application();
    const other = await freshUser(suite.database().db);
    const them = testApp(suite.database(), () => other);
    const theirApp = (await them.call("POST", "/api/applications", { companyName: "Theirs", roleTitle: "CTO" })).body
      .application.id;
    const theirContact = await contact("Eve", other);
    const theirLoop = (await them.call("POST", "/api/interviews", body(theirApp, { kind: "onsite_loop" }))).body
      .interview;
    expect(theirLoop.id).toBeDefined();

    const onTheirApp = await api.call("POST", "/api/interviews", body(theirApp));
    expect(onTheirApp.status).toBe(400);
    expect(Object.keys(onTheirApp.body.error.fields)).toEqual(["applicationId"]);
    const withTheirContact = await api.call("POST", "/api/interviews", body(mine, { interviewerIds: [theirContact] }));
    expect(withTheirContact.status).toBe(400);
    expect(Object.keys(withTheirContact.body.error.fields)).toEqual(["interviewerIds"]);
    const inTheirLoop = await api.call("POST", "/api/interviews", body(mine, { parentId: theirLoop.id }));
    expect(inTheirLoop.status).toBe(400);
    expect(Object.keys(inTheirLoop.body.error.fields)).toEqual(["parentId"]);

    const url = `/api/interviews/${theirLoop.id}`;
    expect((await api.call("GET", url)).status).toBe(404);
    expect((await api.call("PATCH", url, { notes: "mine now" })).status).toBe(404);
    expect((await api.call("DELETE", url)).status).toBe(404);
    expect((await api.call("GET", "/api/interviews")).body.interviews).toEqual([]);
    expect((await api.call("GET", `/api/interviews?applicationId=${theirApp}`)).body.interviews).toEqual([]);
    const still = await them.call("GET", url);
    expect(still.body.interview).toMatchObject({ id: theirLoop.id, notes: null });

    const mineInterview = await schedule(mine);
    expect(
      (await them.call("PATCH", `/api/interviews/${mineInterview.id}`, { interviewerIds: [theirContact] })).status,
    ).toBe(404);
  });
});
