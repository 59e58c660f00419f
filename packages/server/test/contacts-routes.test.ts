import { testDrivers } from "@loopwise/db/testing";
import { describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite, NOW, testApp, type Answer } from "../../../test-support/server-harness.js";

const MISSING = "00000000-0000-4000-8000-000000000000";

describe.each(testDrivers())("contact routes on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;

  const ok = (res: Answer, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  };
  const company = async (name: string) => ok(await api.call("POST", "/api/companies", { name }), 201).company.id;
  const contact = async (body: Record<string, unknown>) =>
    ok(await api.call("POST", "/api/contacts", body), 201).contact;
  const application = async (companyId: string, roleTitle = "Engineer") =>
    ok(await api.call("POST", "/api/applications", { companyId, roleTitle }), 201).application.id;
  const link = async (applicationId: string, body: Record<string, unknown>) =>
    ok(await api.call("POST", `/api/applications/${applicationId}/contacts`, body), 201).link;
  const log = async (contactId: string, body: Record<string, unknown>) =>
    ok(await api.call("POST", `/api/contacts/${contactId}/outreach`, { channel: "email", summary: "Hi", ...body }), 201)
      .entry;
  const names = async (query = "") =>
    (ok(await api.call("GET", `/api/contacts${query}`)).contacts as { name: string }[]).map((c) => c.name);

  it("POST creates a contact with every field and answers the detail with 201", async () => {
    const acme = await company("Acme");
    const body = await contact({
      name: "  Priya Raman ",
      title: "Staff Engineer",
      companyId: acme,
      email: "priya@acme.example",
      phone: "+1 212 555 0100",
      profileUrl: "https://www.linkedin.com/in/priya",
      howWeMet: "Worked together at Initech",
      notes: "Prefers **email**",
    });
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: "Priya Raman",
      title: "Staff Engineer",
      companyId: acme,
      companyName: "Acme",
      email: "priya@acme.example",
      phone: "+1 212 555 0100",
      profileUrl: "https://www.linkedin.com/in/priya",
      howWeMet: "Worked together at Initech",
      notes: "Prefers **email**",
      roles: [],
      lastOutreachOn: null,
      nextFollowUpOn: null,
      links: [],
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(ok(await api.call("GET", `/api/contacts/${body.id}`)).contact).toEqual(body);
  });

  it("a contact needs only a name; the other fields are null", async () => {
    const body = await contact({ name: "Sam" });
    expect(body).toMatchObject({ name: "Sam", title: null, companyId: null, companyName: null, email: null });
    expect(body).toMatchObject({ phone: null, profileUrl: null, howWeMet: null, notes: null });
  });

  it("GET lists the user's contacts by name, case-insensitively, without notes or links", async () => {
    await contact({ name: "zoe" });
    await contact({ name: "Adam" });
    await contact({ name: "Émile" });
    await contact({ name: "beatrice", notes: "long notes" });
    const list = ok(await api.call("GET", "/api/contacts")).contacts;
    expect(list.map((c: { name: string }) => c.name.toLowerCase()).slice(0, 3)).toEqual(["adam", "beatrice", "zoe"]);
    expect(list).toHaveLength(4);
    expect(list[1]).not.toHaveProperty("notes");
    expect(list[1]).not.toHaveProperty("links");
  });

  it("the list carries company name, distinct roles, the last outreach and the earliest open follow-up", async () => {
    const acme = await company("Acme");
    const priya = await contact({ name: "Priya", companyId: acme });
    const first = await application(acme, "Engineer");
    const second = await application(acme, "Staff Engineer");
    await link(first, { contactId: priya.id, role: "peer" });
    await link(second, { contactId: priya.id, role: "referrer" });
    await link(first, { contactId: priya.id, role: "referrer" });
    await log(priya.id, { on: "2025-02-01", followUpOn: "2025-02-03", followUpDone: true });
    await log(priya.id, { on: "2025-02-20", followUpOn: "2025-03-10" });
    await log(priya.id, { on: "2025-02-10", followUpOn: "2025-03-05" });
    await log(priya.id, { on: "2025-01-15" });
    const [row] = ok(await api.call("GET", "/api/contacts")).contacts;
    expect(row).toMatchObject({
      name: "Priya",
      companyId: acme,
      companyName: "Acme",
      roles: ["referrer", "peer"],
      lastOutreachOn: "2025-02-20",
      nextFollowUpOn: "2025-03-05",
    });
    const detail = ok(await api.call("GET", `/api/contacts/${priya.id}`)).contact;
    expect(detail).toMatchObject({ roles: ["referrer", "peer"], lastOutreachOn: "2025-02-20" });
  });

  it("q searches name, title, email, company, how you met and notes; % and _ are literal", async () => {
    const acme = await company("Acme Robotics");
    await contact({ name: "Priya", title: "Staff Engineer" });
    await contact({ name: "Marcus", email: "marcus@halcyon.example" });
    await contact({ name: "Lena", companyId: acme });
    await contact({ name: "Tomás", howWeMet: "Rust meetup" });
    await contact({ name: "Dana", notes: "Knows the 100% remote team" });
    expect(await names("?q=staff")).toEqual(["Priya"]);
    expect(await names("?q=HALCYON")).toEqual(["Marcus"]);
    expect(await names("?q=robotics")).toEqual(["Lena"]);
    expect(await names("?q=rust")).toEqual(["Tomás"]);
    expect(await names(`?q=${encodeURIComponent("100%")}`)).toEqual(["Dana"]);
    expect(await names(`?q=${encodeURIComponent("%")}`)).toEqual(["Dana"]);
    expect(await names("?q=_")).toEqual([]);
    expect(await names("?q=nobody")).toEqual([]);
    expect(await names("?q=")).toHaveLength(5);
  });

  it("companyId filters the list to that company's people", async () => {
    const acme = await company("Acme");
    const beta = await company("Beta");
    await contact({ name: "A1", companyId: acme });
    await contact({ name: "B1", companyId: beta });
    await contact({ name: "A2", companyId: acme });
    await contact({ name: "Loner" });
    expect(await names(`?companyId=${acme}`)).toEqual(["A1", "A2"]);
    expect(await names(`?companyId=${beta}&q=b`)).toEqual(["B1"]);
    expect(await names(`?companyId=${MISSING}`)).toEqual([]);
  });

  it("the detail lists the applications it is linked to with company, role title, stage, role and referral status", async () => {
    const acme = await company("Acme");
    const beta = await company("Beta");
    const priya = await contact({ name: "Priya" });
    const atBeta = await application(beta, "Manager");
    const atAcme = await application(acme, "Engineer");
    await api.call("POST", `/api/applications/${atAcme}/move`, { stage: "applied" });
    const referral = await link(atAcme, { contactId: priya.id, role: "referrer", referralStatus: "asked" });
    const peer = await link(atBeta, { contactId: priya.id, role: "peer" });
    const detail = ok(await api.call("GET", `/api/contacts/${priya.id}`)).contact;
    expect(detail.links).toEqual([
      {
        id: referral.id,
        applicationId: atAcme,
        companyName: "Acme",
        roleTitle: "Engineer",
        stage: "applied",
        archived: false,
        role: "referrer",
        referralStatus: "asked",
      },
      {
        id: peer.id,
        applicationId: atBeta,
        companyName: "Beta",
        roleTitle: "Manager",
        stage: "interested",
        archived: false,
        role: "peer",
        referralStatus: null,
      },
    ]);
  });

  it("PATCH changes only the fields given, clears with null, and stamps the update", async () => {
    const acme = await company("Acme");
    const beta = await company("Beta");
    const priya = await contact({ name: "Priya", title: "Engineer", companyId: acme, email: "p@acme.example" });
    api.clock.set("2025-03-02T09:30:00.000Z");
    const patched = ok(
      await api.call("PATCH", `/api/contacts/${priya.id}`, { title: "Staff Engineer", email: null, companyId: beta }),
    ).contact;
    expect(patched).toMatchObject({
      name: "Priya",
      title: "Staff Engineer",
      email: null,
      companyId: beta,
      companyName: "Beta",
      createdAt: NOW,
      updatedAt: "2025-03-02T09:30:00.000Z",
    });
    const cleared = ok(await api.call("PATCH", `/api/contacts/${priya.id}`, { companyId: null })).contact;
    expect(cleared).toMatchObject({ companyId: null, companyName: null, title: "Staff Engineer" });
  });

  it("DELETE removes the contact with its links and outreach, and leaves the application alone", async () => {
    const acme = await company("Acme");
    const app = await application(acme);
    const priya = await contact({ name: "Priya" });
    const other = await contact({ name: "Other" });
    await link(app, { contactId: priya.id, role: "referrer" });
    await link(app, { contactId: other.id, role: "recruiter" });
    await log(priya.id, { on: "2025-02-01" });
    await log(other.id, { on: "2025-02-01" });

    const res = await api.call("DELETE", `/api/contacts/${priya.id}`);
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
    expect((await api.call("GET", `/api/contacts/${priya.id}`)).status).toBe(404);
    expect((await api.call("GET", `/api/contacts/${priya.id}/outreach`)).status).toBe(404);
    expect((await api.call("DELETE", `/api/contacts/${priya.id}`)).status).toBe(404);
    const links = ok(await api.call("GET", `/api/applications/${app}/contacts`)).links;
    expect(links.map((l: { contact: { name: string } }) => l.contact.name)).toEqual(["Other"]);
    expect(ok(await api.call("GET", `/api/contacts/${other.id}/outreach`)).outreach).toHaveLength(1);
    // Gone from the database, not only hidden behind the contact's 404.
    const left = await suite
      .database()
      .rawQuery("select count(*)::int as n from outreach where contact_id = $1", [priya.id]);
    expect(left).toEqual([{ n: 0 }]);
    expect((await api.call("GET", `/api/applications/${app}`)).status).toBe(200);
  });

  it("deleting a company keeps its contacts, with no company", async () => {
    const acme = await company("Acme");
    const priya = await contact({ name: "Priya", companyId: acme, title: "Engineer" });
    expect((await api.call("DELETE", `/api/companies/${acme}`)).status).toBe(204);
    const after = ok(await api.call("GET", `/api/contacts/${priya.id}`)).contact;
    expect(after).toMatchObject({ id: priya.id, name: "Priya", title: "Engineer", companyId: null, companyName: null });
  });

  it("deleting an application removes its links but keeps the people", async () => {
    const acme = await company("Acme");
    const app = await application(acme);
    const priya = await contact({ name: "Priya", companyId: acme });
    await link(app, { contactId: priya.id, role: "referrer" });
    expect((await api.call("DELETE", `/api/applications/${app}`)).status).toBe(204);
    const after = ok(await api.call("GET", `/api/contacts/${priya.id}`)).contact;
    expect(after).toMatchObject({ links: [], roles: [], companyName: "Acme" });
  });

  it("a company id that is not the user's is a 400 naming companyId, and nothing is written", async () => {
    const other = await freshUser(suite.database().db);
    const theirs = testApp(suite.database(), () => other);
    const foreign = (await theirs.call("POST", "/api/companies", { name: "Theirs" })).body.company.id;
    const refused = await api.call("POST", "/api/contacts", { name: "Priya", companyId: foreign });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: "invalid", fields: { companyId: expect.any(String) } });
    expect((await api.call("POST", "/api/contacts", { name: "Priya", companyId: MISSING })).status).toBe(400);
    expect(await names()).toEqual([]);

    const priya = await contact({ name: "Priya" });
    const patch = await api.call("PATCH", `/api/contacts/${priya.id}`, { companyId: foreign, title: "CTO" });
    expect(patch.status).toBe(400);
    expect(Object.keys(patch.body.error.fields)).toEqual(["companyId"]);
    expect(ok(await api.call("GET", `/api/contacts/${priya.id}`)).contact).toMatchObject({
      companyId: null,
      title: null,
    });
  });

  it("another user's contact is a 404 on every route and never listed", async () => {
    const other = await freshUser(suite.database().db);
    const theirs = testApp(suite.database(), () => other);
    const secret = (await theirs.call("POST", "/api/contacts", { name: "Secret" })).body.contact;
    await theirs.call("POST", `/api/contacts/${secret.id}/outreach`, {
      on: "2025-01-01",
      channel: "email",
      summary: "x",
    });
    const mine = await contact({ name: "Mine" });

    expect(await names()).toEqual(["Mine"]);
    expect(await names("?q=secret")).toEqual([]);
    for (const [method, body] of [
      ["GET", undefined],
      ["PATCH", { name: "Stolen" }],
      ["DELETE", undefined],
    ] as const) {
      const res = await api.call(method, `/api/contacts/${secret.id}`, body);
      expect(res.status, method).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
    expect((await theirs.call("GET", `/api/contacts/${secret.id}`)).body.contact.name).toBe("Secret");
    expect((await theirs.call("GET", "/api/contacts")).body.contacts.map((c: { name: string }) => c.name)).toEqual([
      "Secret",
    ]);
    expect(mine.name).toBe("Mine");
  });

  const long = (n: number) => "x".repeat(n);
  it.each([
    ["no name", {}, "name"],
    ["a blank name", { name: "   " }, "name"],
    ["a name of the wrong type", { name: 7 }, "name"],
    ["a name over 200 characters", { name: long(201) }, "name"],
    ["a title over 200 characters", { name: "A", title: long(201) }, "title"],
    ["an email that is not one", { name: "A", email: "priya@" }, "email"],
    ["a phone over 60 characters", { name: "A", phone: long(61) }, "phone"],
    ["a profile URL that is not http(s)", { name: "A", profileUrl: "javascript:alert(1)" }, "profileUrl"],
    ["a profile URL that is not a URL", { name: "A", profileUrl: "linkedin/priya" }, "profileUrl"],
    ["how we met over 500 characters", { name: "A", howWeMet: long(501) }, "howWeMet"],
    ["notes over 20,000 characters", { name: "A", notes: long(20_001) }, "notes"],
    ["a company id that is not a UUID", { name: "A", companyId: "acme" }, "companyId"],
    ["an unknown field", { name: "A", linkedin: "x" }, "linkedin"],
  ])("POST refuses %s with a 400 naming the field", async (_label, body, field) => {
    const res = await api.call("POST", "/api/contacts", body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid");
    expect(Object.keys(res.body.error.fields)).toContain(field);
    expect(await names()).toEqual([]);
  });

  it.each([
    ["a blank name", { name: "" }, "name"],
    ["a null name", { name: null }, "name"],
    ["a bad email", { email: "nope" }, "email"],
    ["an unknown field", { stage: "applied" }, "stage"],
  ])("PATCH refuses %s with a 400 naming the field", async (_label, body, field) => {
    const priya = await contact({ name: "Priya" });
    const res = await api.call("PATCH", `/api/contacts/${priya.id}`, body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toContain(field);
    expect(ok(await api.call("GET", `/api/contacts/${priya.id}`)).contact).toEqual(priya);
  });

  it("refuses malformed paths, queries and bodies with a 400, and a missing contact with a 404", async () => {
    const bad = async (method: string, path: string, body?: unknown, raw?: string) => {
      const res = await api.call(method, path, body, raw === undefined ? {} : { raw });
      expect(res.status, `${method} ${path}`).toBe(400);
      return res.body.error.fields ?? {};
    };
    expect(await bad("GET", "/api/contacts/not-a-uuid")).toHaveProperty("id");
    expect(await bad("PATCH", "/api/contacts/not-a-uuid", { name: "x" })).toHaveProperty("id");
    expect(await bad("DELETE", "/api/contacts/not-a-uuid")).toHaveProperty("id");
    expect(await bad("GET", "/api/contacts?companyId=acme")).toHaveProperty("companyId");
    expect(await bad("GET", "/api/contacts?sort=name")).toHaveProperty("sort");
    expect(await bad("GET", `/api/contacts?q=${long(201)}`)).toHaveProperty("q");
    await bad("POST", "/api/contacts", undefined, '{"name": "Priya",');
    expect(await bad("POST", "/api/contacts", ["Priya"])).toHaveProperty("body");
    const plain = await api.call("POST", "/api/contacts", undefined, {
      raw: JSON.stringify({ name: "Priya" }),
      headers: { "content-type": "text/plain" },
    });
    expect(plain.status).toBe(400);
    expect((await api.call("GET", `/api/contacts/${MISSING}`)).status).toBe(404);
    expect((await api.call("PATCH", `/api/contacts/${MISSING}`, { name: "x" })).status).toBe(404);
    expect(await names()).toEqual([]);
  });
});
