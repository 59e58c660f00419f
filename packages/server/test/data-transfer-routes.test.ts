import { freshUser } from "../../../test-support/db-fixtures.js";
import { testDrivers } from "@loopwise/db/testing";
import { describe, expect, it } from "vitest";
import { emptyDocument } from "../../../test-support/backups.js";
import { NOW } from "../../../test-support/server-harness.js";
import { ID, sampleComp, sampleDocument } from "./data-transfer-sample.js";
import { content, sampleDocumentV1, sampleDocumentV2 } from "./data-transfer-versions.js";
import { transferSuite } from "./data-transfer-suite.js";

const ALL_CREATED = {
  companies: 2,
  applications: 2,
  stageHistory: 5,
  contacts: 2,
  applicationContacts: 2,
  outreach: 1,
  interviews: 2,
  interviewers: 1,
  tasks: 2,
  offers: 1,
  negotiationEvents: 2,
  compDataPoints: 2,
  offerPreferences: 1,
  timingSettings: 1,
  trackedProblems: 1,
  practiceAttempts: 2,
  practiceProgress: 1,
  practiceDrafts: 2,
};
/** A document before version 4 has no practice tables. */
const NO_PRACTICE = { trackedProblems: 0, practiceAttempts: 0, practiceProgress: 0, practiceDrafts: 0 };
const EMPTY_PRACTICE = { trackedProblems: [], practiceAttempts: [], practiceProgress: [], practiceDrafts: [] };
const NONE = Object.fromEntries(Object.keys(ALL_CREATED).map((table) => [table, 0]));

describe.each(testDrivers())("export and JSON import on %s", (kind) => {
  const { suite, api, exported, as } = transferSuite(kind);

  it("exports a new user's empty document as a dated attachment", async () => {
    const res = await api.call("GET", "/api/export");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="loopwise-export-2025-03-01.json"');
    expect(res.body).toEqual(emptyDocument(NOW));
  });

  it("exports what the API wrote, every column, money in minor units", async () => {
    const created = await api.call("POST", "/api/applications", {
      companyName: "Acme",
      roleTitle: "Engineer",
      salaryMin: 100_000,
      salaryMax: 120_000,
      salaryCurrency: "USD",
      tags: ["remote"],
      stage: "applied",
    });
    expect(created.status).toBe(201);
    const doc = await exported();
    expect(doc.companies).toEqual([
      {
        id: created.body.application.companyId,
        name: "Acme",
        website: null,
        tier: null,
        notes: null,
        createdAt: NOW,
        updatedAt: NOW,
      },
    ]);
    expect(doc.applications).toHaveLength(1);
    expect(doc.applications[0]).toMatchObject({
      id: created.body.application.id,
      roleTitle: "Engineer",
      salaryMinMinor: 10_000_000,
      salaryMaxMinor: 12_000_000,
      tags: ["remote"],
      stage: "applied",
      position: created.body.application.position,
      archived: false,
      offerDeadline: null,
    });
    expect(doc.stageHistory.map((h: { toStage: string }) => h.toStage)).toEqual(["applied"]);
  });

  it("imports a document into an empty account, and exports it back unchanged", async () => {
    const res = await api.call("POST", "/api/import/json", sampleDocument());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ created: ALL_CREATED, skipped: NONE });
    expect(content(await exported())).toEqual(content(sampleDocument()));
  });

  it("keeps the stage history in the file's order, and the board shows the imported cards", async () => {
    await api.call("POST", "/api/import/json", sampleDocument());
    const history = await api.call("GET", `/api/applications/${ID.engineer}/history`);
    expect(history.body.history.map((h: { toStage: string }) => h.toStage)).toEqual([
      "applied",
      "recruiter_screen",
      "onsite",
    ]);
    const list = await api.call("GET", "/api/applications?archived=include");
    expect(list.body.applications.map((a: { id: string }) => a.id).sort()).toEqual([ID.engineer, ID.manager]);
  });

  it("adds nothing when the same file is imported twice", async () => {
    await api.call("POST", "/api/import/json", sampleDocument());
    const again = await api.call("POST", "/api/import/json", sampleDocument());
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ created: NONE, skipped: ALL_CREATED });
    expect(content(await exported())).toEqual(content(sampleDocument()));
  });

  it("merges a company onto the user's company of the same name, whatever its case", async () => {
    const own = (await api.call("POST", "/api/companies", { name: "ZETA; gmbh", tier: 3 })).body.company;
    const res = await api.call("POST", "/api/import/json", sampleDocument());
    expect(res.body.created.companies).toBe(1);
    expect(res.body.skipped.companies).toBe(1);
    const doc = await exported();
    expect(doc.companies.map((c: { name: string }) => c.name).sort()).toEqual(
      [sampleDocument().companies[0]!.name, "ZETA; gmbh"].sort(),
    );
    const manager = doc.applications.find((a: { id: string }) => a.id === ID.manager);
    expect(manager.companyId).toBe(own.id);
    expect(doc.companies.find((c: { id: string }) => c.id === own.id).tier).toBe(3);
  });

  it("gives a second account fresh ids for rows another user has, with every reference following", async () => {
    await api.call("POST", "/api/import/json", sampleDocument());
    const first = suite.user();
    const before = await exported();

    const second = await freshUser(suite.database().db);
    const asSecond = await as(second, () => api.call("POST", "/api/import/json", sampleDocument()));
    expect(asSecond.status).toBe(200);
    expect(asSecond.body).toEqual({ created: ALL_CREATED, skipped: NONE });
    const theirs = await as(second, exported);

    // Same content under new ids: map each old id to the new one by position.
    const ids = new Map<string, string>();
    const sample = sampleDocument();
    // Rows come back in the same order (by creation time; the history in the file's order).
    const tables = ["companies", "applications", "stageHistory", "contacts", "applicationContacts"] as const;
    for (const table of [
      ...tables,
      "outreach",
      "interviews",
      "tasks",
      "offers",
      "negotiationEvents",
      "compDataPoints",
      "trackedProblems",
      "practiceAttempts",
    ] as const) {
      sample[table].forEach((row, i) => ids.set(row.id, theirs[table][i].id));
    }
    for (const [old, fresh] of ids) expect(fresh, `a fresh id for ${old}`).not.toBe(old);
    expect(new Set(ids.values()).size).toBe(ids.size);
    const remapped = JSON.parse(
      JSON.stringify(content(sample)).replace(
        /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
        (id) => ids.get(id) ?? id,
      ),
    );
    // Interviewers are ordered by id, which changed: compare them as a set.
    expect({ ...content(theirs), interviewers: new Set(theirs.interviewers.map(JSON.stringify)) }).toEqual({
      ...remapped,
      interviewers: new Set(remapped.interviewers.map(JSON.stringify)),
    });

    // Importing it again adds nothing to the second account either.
    const again = await as(second, () => api.call("POST", "/api/import/json", sampleDocument()));
    expect(again.body).toEqual({ created: NONE, skipped: ALL_CREATED });
    expect(content(await as(second, exported))).toEqual(content(theirs));

    // The first account is untouched.
    expect(suite.user()).toBe(first);
    expect(content(await exported())).toEqual(content(before));
  });

  it("imports a version 1 file: no offer, timing or practice tables, no red flags; it exports back as version 4", async () => {
    const res = await api.call("POST", "/api/import/json", sampleDocumentV1());
    expect(res.status).toBe(200);
    expect(res.body.created).toEqual({
      ...ALL_CREATED,
      offers: 0,
      negotiationEvents: 0,
      compDataPoints: 0,
      offerPreferences: 0,
      timingSettings: 0,
      ...NO_PRACTICE,
    });
    const doc = await exported();
    expect(doc.version).toBe(4);
    const sample = { ...sampleDocument(), ...EMPTY_PRACTICE };
    expect(content(doc)).toEqual({
      ...content({
        ...sample,
        offers: [],
        negotiationEvents: [],
        compDataPoints: [],
        offerPreferences: [],
        timingSettings: [],
      }),
      applications: sample.applications.map((a) => ({ ...a, timingOverrides: null })),
      interviews: sample.interviews.map((v) => ({ ...v, redFlags: [] })),
    });
    // A version 1 file is still checked as strictly as before.
    const spoiled = { ...sampleDocumentV1(), tasks: [{ ...sampleDocument().tasks[0]!, title: "" }] };
    const bad = await api.call("POST", "/api/import/json", spoiled);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty(["tasks.0.title"]);
  });

  it("imports a version 2 file: no timing settings or overrides; it exports back as version 4", async () => {
    const res = await api.call("POST", "/api/import/json", sampleDocumentV2());
    expect(res.status).toBe(200);
    expect(res.body.created).toEqual({ ...ALL_CREATED, timingSettings: 0, ...NO_PRACTICE });
    const doc = await exported();
    expect(doc.version).toBe(4);
    const sample = { ...sampleDocument(), ...EMPTY_PRACTICE };
    expect(content(doc)).toEqual({
      ...content(sample),
      applications: sample.applications.map((a) => ({ ...a, timingOverrides: null })),
      timingSettings: [],
    });
  });

  it("the imported offer, its log, the market points, preferences and red flags show in the API", async () => {
    await api.call("POST", "/api/import/json", sampleDocument());
    const interview = (await api.call("GET", `/api/interviews/${ID.session}`)).body.interview;
    expect(interview.redFlags).toEqual(["long_hours", "politics"]);
    const points = (await api.call("GET", "/api/market?company=initech")).body.points;
    expect(points).toEqual([
      expect.objectContaining({ id: ID.point2, currency: "JPY", total: 15_000_000, base: null }),
    ]);
    const stored = await suite
      .database()
      .rawQuery("select comp from offers where id = $1 and user_id = $2", [ID.offer, suite.user()]);
    expect((stored[0] as { comp: unknown }).comp).toEqual(sampleComp(155_000));
  });

  it("an offer in the file on an application that already has one is merged onto it, and its log follows", async () => {
    await api.call("POST", "/api/import/json", sampleDocument());
    const doc = sampleDocument();
    const other = "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e8f";
    const call = "0b1f6c4e-1a2b-4c3d-8e4f-0a1b2c3d4e9f";
    const res = await api.call("POST", "/api/import/json", {
      ...doc,
      offers: [{ ...doc.offers[0]!, id: other, status: "accepted" }],
      negotiationEvents: [
        ...doc.negotiationEvents.map((e) => ({ ...e, offerId: other })),
        { ...doc.negotiationEvents[0]!, id: call, offerId: other, kind: "note", asked: "Accepted on the phone" },
      ],
      offerPreferences: [{ compareCurrency: null, weights: {}, updatedAt: NOW }],
    });
    expect(res.status).toBe(200);
    expect(res.body.created).toEqual({ ...NONE, negotiationEvents: 1 });
    expect(res.body.skipped).toEqual({ ...ALL_CREATED, negotiationEvents: 2 });
    const back = await exported();
    expect(back.offers).toEqual(sampleDocument().offers);
    expect(back.negotiationEvents.map((e: { id: string; offerId: string }) => [e.id, e.offerId])).toEqual([
      [ID.ask, ID.offer],
      [call, ID.offer],
      [ID.counter, ID.offer],
    ]);
    // The user's own preferences stay.
    expect(back.offerPreferences).toEqual(sampleDocument().offerPreferences);
  });

  it("exports only the asking user's rows", async () => {
    await api.call("POST", "/api/import/json", sampleDocument());
    const other = await freshUser(suite.database().db);
    const theirs = await as(other, exported);
    expect(content(theirs)).toEqual(content(emptyDocument(NOW)));
  });
});
