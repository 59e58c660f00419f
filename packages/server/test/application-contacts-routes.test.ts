import { testDrivers } from "@loopwise/db/testing";
import { describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite, testApp, type Answer } from "../../../test-support/server-harness.js";

const MISSING = "00000000-0000-4000-8000-000000000000";

describe.each(testDrivers())("application contact routes on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;

  const ok = (res: Answer, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  };
  /** An application at Acme, and people to put on it. */
  async function setup() {
    const acme = ok(await api.call("POST", "/api/companies", { name: "Acme" }), 201).company.id;
    const app = ok(await api.call("POST", "/api/applications", { companyId: acme, roleTitle: "Engineer" }), 201)
      .application.id;
    const person = async (body: Record<string, unknown>) =>
      ok(await api.call("POST", "/api/contacts", body), 201).contact.id as string;
    const priya = await person({
      name: "Priya",
      title: "Staff Engineer",
      email: "priya@acme.example",
      companyId: acme,
    });
    const marcus = await person({ name: "Marcus" });
    return { acme, app, priya, marcus };
  }
  const linksOf = async (app: string) => ok(await api.call("GET", `/api/applications/${app}/contacts`)).links;
  const post = (app: string, body: unknown) => api.call("POST", `/api/applications/${app}/contacts`, body);

  it("POST links a person in a role and answers the link with the person's details", async () => {
    const { app, priya } = await setup();
    const res = ok(await post(app, { contactId: priya, role: "hiring_manager" }), 201);
    expect(res.link).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      contact: { id: priya, name: "Priya", title: "Staff Engineer", email: "priya@acme.example", companyName: "Acme" },
      role: "hiring_manager",
      referralStatus: null,
    });
    expect(await linksOf(app)).toEqual([res.link]);
  });

  it("a referrer without a status starts at 'to ask'; one with a status keeps it", async () => {
    const { app, priya, marcus } = await setup();
    expect(ok(await post(app, { contactId: priya, role: "referrer" }), 201).link.referralStatus).toBe("to_ask");
    const given = ok(await post(app, { contactId: marcus, role: "referrer", referralStatus: "agreed" }), 201);
    expect(given.link.referralStatus).toBe("agreed");
    const nulled = ok(await post(app, { contactId: priya, role: "peer", referralStatus: null }), 201);
    expect(nulled.link.referralStatus).toBeNull();
  });

  it("a referral status on another role is a 400 naming referralStatus", async () => {
    const { app, priya } = await setup();
    const res = await post(app, { contactId: priya, role: "recruiter", referralStatus: "asked" });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(["referralStatus"]);
    expect(await linksOf(app)).toEqual([]);
  });

  it("the same person in the same role twice is a 409; in another role it is a second link", async () => {
    const { app, priya } = await setup();
    ok(await post(app, { contactId: priya, role: "referrer" }), 201);
    const again = await post(app, { contactId: priya, role: "referrer", referralStatus: "asked" });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("conflict");
    expect(again.body.error.message).toMatch(/Referrer/);
    ok(await post(app, { contactId: priya, role: "interviewer" }), 201);
    const links = await linksOf(app);
    expect(links.map((l: { role: string; referralStatus: string }) => [l.role, l.referralStatus])).toEqual([
      ["referrer", "to_ask"],
      ["interviewer", null],
    ]);
  });

  it("GET lists referrers first, then the other roles in order, then by name", async () => {
    const { app, priya, marcus } = await setup();
    const zed = ok(await api.call("POST", "/api/contacts", { name: "zed" }), 201).contact.id;
    const anna = ok(await api.call("POST", "/api/contacts", { name: "Anna" }), 201).contact.id;
    await post(app, { contactId: priya, role: "peer" });
    await post(app, { contactId: zed, role: "recruiter" });
    await post(app, { contactId: marcus, role: "referrer" });
    await post(app, { contactId: anna, role: "recruiter" });
    await post(app, { contactId: priya, role: "hiring_manager" });
    const order = (await linksOf(app)).map((l: { role: string; contact: { name: string } }) => [
      l.role,
      l.contact.name,
    ]);
    expect(order).toEqual([
      ["referrer", "Marcus"],
      ["recruiter", "Anna"],
      ["recruiter", "zed"],
      ["hiring_manager", "Priya"],
      ["peer", "Priya"],
    ]);
  });

  it("PATCH moves a referrer's status along and the contact's detail shows it", async () => {
    const { app, priya } = await setup();
    const { link } = ok(await post(app, { contactId: priya, role: "referrer" }), 201);
    for (const status of ["asked", "agreed", "submitted", "to_ask"]) {
      const res = ok(
        await api.call("PATCH", `/api/applications/${app}/contacts/${link.id}`, { referralStatus: status }),
      );
      expect(res.link).toEqual({ ...link, referralStatus: status });
    }
    await api.call("PATCH", `/api/applications/${app}/contacts/${link.id}`, { referralStatus: "submitted" });
    const contact = ok(await api.call("GET", `/api/contacts/${priya}`)).contact;
    expect(contact.links).toEqual([
      expect.objectContaining({ id: link.id, applicationId: app, referralStatus: "submitted" }),
    ]);
  });

  it("PATCH on a link that is not a referrer's, or to no status, is a 400 naming referralStatus", async () => {
    const { app, priya } = await setup();
    const peer = ok(await post(app, { contactId: priya, role: "peer" }), 201).link;
    const referrer = ok(await post(app, { contactId: priya, role: "referrer" }), 201).link;
    for (const [id, body] of [
      [peer.id, { referralStatus: "asked" }],
      [peer.id, { referralStatus: null }],
      [referrer.id, { referralStatus: null }],
      [referrer.id, { referralStatus: "maybe" }],
      [referrer.id, {}],
    ] as const) {
      const res = await api.call("PATCH", `/api/applications/${app}/contacts/${id}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.body.error.fields)).toEqual(["referralStatus"]);
    }
    const unknown = await api.call("PATCH", `/api/applications/${app}/contacts/${referrer.id}`, { role: "peer" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toHaveProperty("role");
    expect(await linksOf(app)).toEqual([referrer, peer]);
  });

  it("DELETE unlinks the person and keeps the contact", async () => {
    const { app, priya } = await setup();
    const { link } = ok(await post(app, { contactId: priya, role: "referrer" }), 201);
    const res = await api.call("DELETE", `/api/applications/${app}/contacts/${link.id}`);
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
    expect(await linksOf(app)).toEqual([]);
    expect((await api.call("DELETE", `/api/applications/${app}/contacts/${link.id}`)).status).toBe(404);
    expect(ok(await api.call("GET", `/api/contacts/${priya}`)).contact).toMatchObject({ name: "Priya", links: [] });
  });

  it("a link reached through another of the user's applications is a 404", async () => {
    const { acme, app, priya } = await setup();
    const other = ok(await api.call("POST", "/api/applications", { companyId: acme, roleTitle: "Manager" }), 201)
      .application.id;
    const { link } = ok(await post(app, { contactId: priya, role: "referrer" }), 201);
    const path = `/api/applications/${other}/contacts/${link.id}`;
    expect((await api.call("PATCH", path, { referralStatus: "asked" })).status).toBe(404);
    expect((await api.call("DELETE", path)).status).toBe(404);
    expect(await linksOf(app)).toEqual([link]);
  });

  it("another user's application is a 404 on every route; their contact is a 400; no link is made", async () => {
    const { app, priya } = await setup();
    const mine = ok(await post(app, { contactId: priya, role: "referrer" }), 201).link;
    const otherUser = await freshUser(suite.database().db);
    const theirs = testApp(suite.database(), () => otherUser);
    const theirApp = (await theirs.call("POST", "/api/applications", { companyName: "Theirs", roleTitle: "X" })).body
      .application.id;
    const theirContact = (await theirs.call("POST", "/api/contacts", { name: "Theirs" })).body.contact.id;
    const theirLink = (
      await theirs.call("POST", `/api/applications/${theirApp}/contacts`, { contactId: theirContact, role: "referrer" })
    ).body.link;

    // Their application, with my contact or theirs.
    for (const [method, path, body] of [
      ["GET", `/api/applications/${theirApp}/contacts`, undefined],
      ["POST", `/api/applications/${theirApp}/contacts`, { contactId: priya, role: "peer" }],
      ["POST", `/api/applications/${theirApp}/contacts`, { contactId: theirContact, role: "peer" }],
      ["PATCH", `/api/applications/${theirApp}/contacts/${theirLink.id}`, { referralStatus: "asked" }],
      ["DELETE", `/api/applications/${theirApp}/contacts/${theirLink.id}`, undefined],
      ["PATCH", `/api/applications/${app}/contacts/${theirLink.id}`, { referralStatus: "asked" }],
      ["DELETE", `/api/applications/${app}/contacts/${theirLink.id}`, undefined],
    ] as const) {
      const res = await api.call(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    // My application with their contact: the body names no contact of mine.
    const foreign = await post(app, { contactId: theirContact, role: "peer" });
    expect(foreign.status).toBe(400);
    expect(Object.keys(foreign.body.error.fields)).toEqual(["contactId"]);
    const missing = await post(app, { contactId: MISSING, role: "peer" });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toHaveProperty("contactId");

    expect(await linksOf(app)).toEqual([mine]);
    const theirLinks = (await theirs.call("GET", `/api/applications/${theirApp}/contacts`)).body.links;
    expect(theirLinks).toEqual([theirLink]);
  });

  it.each([
    ["no contactId", { role: "peer" }, "contactId"],
    ["a contactId that is not a UUID", { contactId: "priya", role: "peer" }, "contactId"],
    ["no role", { contactId: MISSING }, "role"],
    ["an unknown role", { contactId: MISSING, role: "mentor" }, "role"],
    ["an unknown referral status", { contactId: MISSING, role: "referrer", referralStatus: "done" }, "referralStatus"],
    ["an unknown field", { contactId: MISSING, role: "peer", note: "x" }, "note"],
  ])("POST refuses %s with a 400 naming the field", async (_label, body, field) => {
    const { app } = await setup();
    const res = await post(app, body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid");
    expect(Object.keys(res.body.error.fields)).toContain(field);
    expect(await linksOf(app)).toEqual([]);
  });

  it("refuses malformed ids with a 400 and a missing application with a 404", async () => {
    const { app, priya } = await setup();
    const fields = async (method: string, path: string, body?: unknown) => {
      const res = await api.call(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(400);
      return res.body.error.fields;
    };
    expect(await fields("GET", "/api/applications/nope/contacts")).toHaveProperty("id");
    expect(await fields("POST", "/api/applications/nope/contacts", { contactId: priya, role: "peer" })).toHaveProperty(
      "id",
    );
    expect(await fields("PATCH", `/api/applications/${app}/contacts/nope`, { referralStatus: "asked" })).toHaveProperty(
      "linkId",
    );
    expect(await fields("DELETE", `/api/applications/${app}/contacts/nope`)).toHaveProperty("linkId");
    const malformed = await api.call("POST", `/api/applications/${app}/contacts`, undefined, { raw: "{" });
    expect(malformed.status).toBe(400);
    expect((await api.call("GET", `/api/applications/${MISSING}/contacts`)).status).toBe(404);
    expect((await post(MISSING, { contactId: priya, role: "peer" })).status).toBe(404);
    expect(await linksOf(app)).toEqual([]);
  });
});
