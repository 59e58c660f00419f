import { schema } from "@loopwise/db";
import { testDrivers } from "@loopwise/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite, NOW, testApp } from "../../../test-support/server-harness.js";
import { postApplication } from "./api-fixtures.js";

/** A public-company offer: base, bonus, a sign-on with a prorated clawback, RSUs on the common schedule. */
const COMP = {
  currency: "USD",
  base: 185_000,
  bonusTargetPercent: 15,
  signOn: [{ amount: 30_000, year: 1, clawback: { kind: "prorated", months: 12 } }],
  equity: [{ kind: "rsu", grantValue: 240_000, schedule: "4y-cliff-monthly" }],
};

describe.each(testDrivers())("offer routes on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;

  const application = (extra?: Record<string, unknown>) => postApplication(api, extra);

  async function record(applicationId: string, extra: Record<string, unknown> = {}) {
    const res = await api.call("POST", "/api/offers", { applicationId, comp: COMP, ...extra });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.offer;
  }

  async function historyOf(applicationId: string): Promise<[string | null, string, string][]> {
    const res = await api.call("GET", `/api/applications/${applicationId}/history`);
    return res.body.history.map((h: { fromStage: string | null; toStage: string; at: string }) => [
      h.fromStage,
      h.toStage,
      h.at,
    ]);
  }

  it("POST records an offer with 201: the DTO in full, comp as entered with defaults filled", async () => {
    const appId = await application({ companyName: "Lumen", roleTitle: "Staff Engineer", stage: "onsite" });
    const res = await api.call("POST", "/api/offers", {
      applicationId: appId,
      comp: COMP,
      level: " L6 ",
      title: "Staff Software Engineer",
      location: "Remote (US)",
      startDate: "2025-04-14",
      receivedOn: "2025-02-28",
      deadline: "2025-03-07",
      scores: { growth: 4, team_manager: 5 },
      notes: "Recruiter: **Dana**",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.offer).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      applicationId: appId,
      companyName: "Lumen",
      roleTitle: "Staff Engineer",
      tier: null,
      stage: "offer",
      comp: {
        ...COMP,
        signOn: [{ amount: 30_000, year: 1, clawback: { kind: "prorated", months: 12 } }],
        years: 4,
      },
      status: "open",
      level: "L6",
      title: "Staff Software Engineer",
      location: "Remote (US)",
      startDate: "2025-04-14",
      receivedOn: "2025-02-28",
      deadline: "2025-03-07",
      exchangeRate: null,
      scores: { growth: 4, team_manager: 5 },
      notes: "Recruiter: **Dana**",
      redFlags: [],
      negotiation: { events: 0, asks: 0 },
      createdAt: NOW,
      updatedAt: NOW,
    });
    const again = await api.call("GET", `/api/offers/${res.body.offer.id}`);
    expect(again.status).toBe(200);
    expect(again.body.offer).toEqual(res.body.offer);
  });

  it("moves the card from an earlier stage to Offer with a history row, and lands the deadline on it", async () => {
    const appId = await application({ stage: "technical_screen" });
    api.clock.set("2025-03-02T09:30:00.000Z");
    await record(appId, { deadline: "2025-03-05" });
    expect(await historyOf(appId)).toEqual([
      [null, "technical_screen", NOW],
      ["technical_screen", "offer", "2025-03-02T09:30:00.000Z"],
    ]);
    const card = (await api.call("GET", `/api/applications/${appId}`)).body.application;
    expect(card).toMatchObject({ stage: "offer", offerDeadline: "2025-03-05" });
    const today = await api.call("GET", "/api/today?tz=UTC");
    expect(today.status).toBe(200);
    expect(today.body.offerDeadlines).toEqual([expect.objectContaining({ applicationId: appId, daysLeft: 3 })]);
  });

  it("moves a closed application back to Offer, and leaves one at Offer or Accepted where it is", async () => {
    const closed = await application({ companyName: "Closed", stage: "rejected" });
    const atOffer = await application({ companyName: "AtOffer", stage: "offer" });
    const accepted = await application({ companyName: "Accepted", stage: "accepted" });
    for (const id of [closed, atOffer, accepted]) await record(id);
    expect(await historyOf(closed)).toEqual([
      [null, "rejected", NOW],
      ["rejected", "offer", NOW],
    ]);
    expect(await historyOf(atOffer)).toEqual([[null, "offer", NOW]]);
    expect(await historyOf(accepted)).toEqual([[null, "accepted", NOW]]);
  });

  it("refuses a second offer on the same application with 409 naming it, and changes nothing", async () => {
    const appId = await application({ companyName: "Wicklow", roleTitle: "Platform Lead" });
    const first = await record(appId, { deadline: "2025-03-10" });
    const second = await api.call("POST", "/api/offers", { applicationId: appId, comp: COMP, deadline: "2025-03-20" });
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain("Wicklow — Platform Lead already has an offer");
    const offers = (await api.call("GET", "/api/offers")).body.offers;
    expect(offers).toEqual([first]);
  });

  it("GET lists offers by deadline, soonest first and none last, then by company", async () => {
    const names = ["Zeta", "alpha", "Beta", "Gamma"];
    const deadlines = ["2025-03-09", null, "2025-03-09", "2025-03-04"];
    for (const [i, companyName] of names.entries()) {
      await record(await application({ companyName }), { deadline: deadlines[i] });
    }
    const list = await api.call("GET", "/api/offers");
    expect(list.status).toBe(200);
    expect(list.body.offers.map((o: { companyName: string }) => o.companyName)).toEqual([
      "Gamma",
      "Beta",
      "Zeta",
      "alpha",
    ]);
  });

  it("PATCH changes fields, replaces the comp whole, and writes or clears the deadline", async () => {
    const appId = await application();
    const offer = await record(appId, { deadline: "2025-03-10", scores: { level: 3 } });
    api.clock.set("2025-03-03T10:00:00.000Z");
    const newComp = { currency: "EUR", base: 120_000 };
    const res = await api.call("PATCH", `/api/offers/${offer.id}`, {
      comp: newComp,
      exchangeRate: 1.08,
      scores: { level: 4, growth: 2 },
      deadline: "2025-03-12",
      status: "negotiating",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.offer).toMatchObject({
      comp: { currency: "EUR", base: 120_000, years: 4 },
      exchangeRate: 1.08,
      scores: { level: 4, growth: 2 },
      deadline: "2025-03-12",
      status: "negotiating",
      createdAt: NOW,
      updatedAt: "2025-03-03T10:00:00.000Z",
    });
    expect(res.body.offer.comp).not.toHaveProperty("equity");
    const cleared = await api.call("PATCH", `/api/offers/${offer.id}`, { deadline: null });
    expect(cleared.body.offer.deadline).toBeNull();
    expect((await api.call("GET", `/api/applications/${appId}`)).body.application.offerDeadline).toBeNull();
    const untouched = await api.call("PATCH", `/api/offers/${offer.id}`, { notes: "still EUR" });
    expect(untouched.body.offer).toMatchObject({ notes: "still EUR", exchangeRate: 1.08, deadline: null });
    expect(untouched.body.offer.scores).toEqual({ level: 4, growth: 2 });
    // Scores are a whole set: one left out is cleared.
    const rescored = await api.call("PATCH", `/api/offers/${offer.id}`, { scores: { growth: 5 } });
    expect(rescored.body.offer.scores).toEqual({ growth: 5 });
  });

  it("PATCH status accepted moves the card to Accepted once", async () => {
    const appId = await application({ stage: "onsite" });
    const offer = await record(appId);
    api.clock.set("2025-03-04T08:00:00.000Z");
    const res = await api.call("PATCH", `/api/offers/${offer.id}`, { status: "accepted" });
    expect(res.body.offer).toMatchObject({ status: "accepted", stage: "accepted" });
    await api.call("PATCH", `/api/offers/${offer.id}`, { status: "accepted", notes: "signed" });
    expect(await historyOf(appId)).toEqual([
      [null, "onsite", NOW],
      ["onsite", "offer", NOW],
      ["offer", "accepted", "2025-03-04T08:00:00.000Z"],
    ]);
  });

  it("DELETE removes the offer and its events with 204; the card keeps its stage and deadline", async () => {
    const appId = await application({ stage: "onsite" });
    const offer = await record(appId, { deadline: "2025-03-06" });
    await api.call("POST", `/api/offers/${offer.id}/negotiation`, { on: "2025-03-02", channel: "email", kind: "ask" });
    const res = await api.call("DELETE", `/api/offers/${offer.id}`);
    expect(res.status).toBe(204);
    expect((await api.call("GET", `/api/offers/${offer.id}`)).status).toBe(404);
    expect((await api.call("GET", `/api/offers/${offer.id}/negotiation`)).status).toBe(404);
    const events = await suite
      .database()
      .db.select()
      .from(schema.negotiationEvents)
      .where(eq(schema.negotiationEvents.offerId, offer.id));
    expect(events).toEqual([]);
    expect((await api.call("GET", `/api/applications/${appId}`)).body.application).toMatchObject({
      stage: "offer",
      offerDeadline: "2025-03-06",
    });
  });

  it("deleting the application removes its offer and the offer's events", async () => {
    const appId = await application();
    const offer = await record(appId);
    await api.call("POST", `/api/offers/${offer.id}/negotiation`, { on: "2025-03-02", channel: "call", kind: "note" });
    expect((await api.call("DELETE", `/api/applications/${appId}`)).status).toBe(204);
    expect((await api.call("GET", `/api/offers/${offer.id}`)).status).toBe(404);
    expect((await api.call("GET", "/api/offers")).body.offers).toEqual([]);
    const events = await suite
      .database()
      .db.select()
      .from(schema.negotiationEvents)
      .where(eq(schema.negotiationEvents.userId, suite.user()));
    expect(events).toEqual([]);
  });

  it("counts red flags by the interviews that noted them, most frequent first, and negotiation rounds", async () => {
    const appId = await application();
    const elsewhere = await application({ companyName: "Other" });
    const interview = (day: number, redFlags: string[], applicationId = appId) =>
      api.call("POST", "/api/interviews", {
        applicationId,
        kind: "behavioral",
        startsAt: `2025-02-0${day}T10:00:00Z`,
        endsAt: `2025-02-0${day}T11:00:00Z`,
        timeZone: "UTC",
        redFlags,
      });
    for (const res of await Promise.all([
      interview(1, ["politics", "long_hours"]),
      interview(2, ["long_hours"]),
      interview(3, ["long_hours", "churn"]),
      interview(4, []),
      interview(5, ["politics", "unkindness"], elsewhere),
    ])) {
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const offer = await record(appId);
    for (const kind of ["ask", "counter", "ask", "note"]) {
      await api.call("POST", `/api/offers/${offer.id}/negotiation`, { on: "2025-03-02", channel: "email", kind });
    }
    const other = await record(elsewhere);
    const list = (await api.call("GET", "/api/offers")).body.offers;
    const mine = list.find((o: { id: string }) => o.id === offer.id);
    expect(mine.redFlags).toEqual([
      { flag: "long_hours", count: 3 },
      { flag: "churn", count: 1 },
      { flag: "politics", count: 1 },
    ]);
    expect(mine.negotiation).toEqual({ events: 4, asks: 2 });
    expect(list.find((o: { id: string }) => o.id === other.id)).toMatchObject({
      redFlags: [
        { flag: "politics", count: 1 },
        { flag: "unkindness", count: 1 },
      ],
      negotiation: { events: 0, asks: 0 },
    });
  });

  it("answers 400 naming the field for bad input", async () => {
    const appId = await application();
    const cases: [Record<string, unknown>, string][] = [
      [{ applicationId: appId }, "comp"],
      [{ comp: COMP }, "applicationId"],
      [{ applicationId: "not-an-id", comp: COMP }, "applicationId"],
      [{ applicationId: appId, comp: { ...COMP, base: -1 } }, "comp.base"],
      [
        { applicationId: appId, comp: { ...COMP, equity: [{ kind: "rsu", grantValue: 1, schedule: "6y-cliff" }] } },
        "comp.equity.0.schedule",
      ],
      [
        {
          applicationId: appId,
          comp: { ...COMP, signOn: [{ amount: 10_000, clawback: { kind: "prorated" } }] },
        },
        "comp.signOn.0.clawback.months",
      ],
      [{ applicationId: appId, comp: COMP, status: "pending" }, "status"],
      [{ applicationId: appId, comp: COMP, scores: { growth: 0 } }, "scores.growth"],
      [{ applicationId: appId, comp: COMP, scores: { growth: 6 } }, "scores.growth"],
      [{ applicationId: appId, comp: COMP, deadline: "2025-02-30" }, "deadline"],
      [{ applicationId: appId, comp: COMP, exchangeRate: 0 }, "exchangeRate"],
      [{ applicationId: appId, comp: COMP, salary: 1 }, "salary"],
    ];
    for (const [body, field] of cases) {
      const res = await api.call("POST", "/api/offers", body);
      expect(res.status, `${JSON.stringify(body)} → ${JSON.stringify(res.body)}`).toBe(400);
      expect(Object.keys(res.body.error.fields), JSON.stringify(res.body)).toContain(field);
    }
    const offer = await record(appId);
    for (const [body, field] of [
      [{ status: "won" }, "status"],
      [{ comp: { base: 100 } }, "comp.currency"],
      [
        { comp: { ...COMP, equity: [{ kind: "option", shares: 1000, strike: 1, schedule: "5-15-40-40" }] } },
        "comp.equity.0.sharePrice",
      ],
      [{ applicationId: appId }, "applicationId"],
    ] as [Record<string, unknown>, string][]) {
      const res = await api.call("PATCH", `/api/offers/${offer.id}`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(Object.keys(res.body.error.fields)).toContain(field);
    }
    expect((await api.call("GET", "/api/offers/not-an-id")).status).toBe(400);
    expect((await api.call("GET", `/api/offers/${offer.id}`)).body.offer).toEqual(offer);
  });

  it("answers 404 for an unknown application and for offers that do not exist", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    const res = await api.call("POST", "/api/offers", { applicationId: missing, comp: COMP });
    expect(res.status).toBe(404);
    expect((await api.call("GET", `/api/offers/${missing}`)).status).toBe(404);
    expect((await api.call("PATCH", `/api/offers/${missing}`, { notes: "x" })).status).toBe(404);
    expect((await api.call("DELETE", `/api/offers/${missing}`)).status).toBe(404);
  });

  it("keeps users apart: another user can neither record on, read, change nor delete my offer", async () => {
    const appId = await application({ stage: "onsite" });
    const offer = await record(appId, { deadline: "2025-03-08" });
    const other = await freshUser(suite.database().db);
    const them = testApp(suite.database(), () => other);

    const onMine = await them.call("POST", "/api/offers", { applicationId: appId, comp: COMP });
    expect(onMine.status).toBe(404);
    const url = `/api/offers/${offer.id}`;
    expect((await them.call("GET", url)).status).toBe(404);
    expect((await them.call("PATCH", url, { status: "accepted", deadline: null })).status).toBe(404);
    expect((await them.call("DELETE", url)).status).toBe(404);
    expect((await them.call("GET", "/api/offers")).body.offers).toEqual([]);

    const still = (await api.call("GET", url)).body.offer;
    expect(still).toEqual(offer);
    expect(await historyOf(appId)).toHaveLength(2);
  });
});

describe.each(testDrivers())("the sample search's offers on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;

  it("records the three offers in hand, soonest deadline first, one with an ask logged", async () => {
    expect((await api.call("POST", "/api/sample")).status).toBe(201);
    const offers = (await api.call("GET", "/api/offers")).body.offers;
    expect(
      offers.map((o: { companyName: string; stage: string; deadline: string; status: string }) => [
        o.companyName,
        o.stage,
        o.deadline,
        o.status,
      ]),
    ).toEqual([
      ["Lumen Data", "offer", "2025-03-06", "negotiating"],
      ["Wicklow Logistics", "offer", "2025-03-12", "open"],
      ["Northwind Robotics", "offer", "2025-03-14", "open"],
    ]);
    expect(offers.map((o: { negotiation: unknown }) => o.negotiation)).toEqual([
      { events: 1, asks: 1 },
      { events: 0, asks: 0 },
      { events: 0, asks: 0 },
    ]);
    const lumen = offers[0];
    // Stored as the API stores comps: validated, defaults filled in.
    expect(lumen.comp.equity[0]).toMatchObject({ kind: "option", schedule: "4y-cliff-monthly" });
    expect(lumen.comp.outlook.riskDiscountPercent).toBe(30);
    const log = (await api.call("GET", `/api/offers/${lumen.id}/negotiation`)).body.events;
    expect(log).toEqual([expect.objectContaining({ kind: "ask", channel: "call", before: null, after: null })]);
    for (const offer of offers) {
      // What the sample stored can be sent back unchanged.
      const roundTrip = await api.call("PATCH", `/api/offers/${offer.id}`, { comp: offer.comp });
      expect(roundTrip.status, JSON.stringify(roundTrip.body)).toBe(200);
      expect(roundTrip.body.offer.comp).toEqual(offer.comp);
    }
  });
});
