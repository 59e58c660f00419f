import { testDrivers } from "@loopwise/db/testing";
import { describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite, NOW, testApp } from "../../../test-support/server-harness.js";

const COMP = {
  currency: "USD",
  base: 170_000,
  bonusTargetPercent: 10,
  equity: [{ kind: "rsu", grantValue: 200_000, schedule: "4y-cliff-monthly" }],
  years: 4,
};
/** What came back after the ask: more base and a sign-on. */
const RAISED = { ...COMP, base: 182_000, signOn: [{ amount: 25_000, year: 1 }] };

describe.each(testDrivers())("negotiation routes on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;

  async function offer(companyName = "Acme", extra: Record<string, unknown> = {}) {
    const app = await api.call("POST", "/api/applications", { companyName, roleTitle: "Engineer", stage: "onsite" });
    const res = await api.call("POST", "/api/offers", { applicationId: app.body.application.id, comp: COMP, ...extra });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.offer;
  }

  async function log(offerId: string, body: Record<string, unknown>) {
    const res = await api.call("POST", `/api/offers/${offerId}/negotiation`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.event;
  }

  it("POST logs an event with 201; without numbers it keeps the comp and snapshots nothing", async () => {
    const o = await offer();
    const res = await api.call("POST", `/api/offers/${o.id}/negotiation`, {
      on: "2025-03-01",
      channel: "email",
      kind: "ask",
      asked: " Asked whether there is room on base ",
    });
    expect(res.status).toBe(201);
    expect(res.body.event).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      offerId: o.id,
      on: "2025-03-01",
      channel: "email",
      kind: "ask",
      asked: "Asked whether there is room on base",
      response: null,
      before: null,
      after: null,
      createdAt: NOW,
    });
    const now = (await api.call("GET", `/api/offers/${o.id}`)).body.offer;
    expect(now.comp).toEqual(o.comp);
    expect(now.status).toBe("negotiating");
    expect(now.negotiation).toEqual({ events: 1, asks: 1 });
  });

  it("with new numbers: keeps before and after, the offer takes the new comp, an open offer is negotiating", async () => {
    const o = await offer();
    api.clock.set("2025-03-03T15:00:00.000Z");
    const event = await log(o.id, {
      on: "2025-03-03",
      channel: "call",
      kind: "counter",
      response: "Base to 182k and a 25k sign-on",
      after: RAISED,
    });
    expect(event.before).toEqual(o.comp);
    expect(event.after).toEqual({ ...RAISED, signOn: [{ amount: 25_000, year: 1 }] });
    const now = (await api.call("GET", `/api/offers/${o.id}`)).body.offer;
    expect(now).toMatchObject({ status: "negotiating", updatedAt: "2025-03-03T15:00:00.000Z" });
    expect(now.comp).toEqual(event.after);

    // A second round snapshots the comp as the first round left it.
    const second = await log(o.id, {
      on: "2025-03-05",
      channel: "email",
      kind: "counter",
      after: { ...RAISED, base: 190_000 },
    });
    expect(second.before).toEqual(event.after);
    expect((await api.call("GET", `/api/offers/${o.id}`)).body.offer.comp.base).toBe(190_000);
  });

  it("does not reopen a decided offer: a counter on an accepted offer leaves its status", async () => {
    const o = await offer();
    await api.call("PATCH", `/api/offers/${o.id}`, { status: "accepted" });
    await log(o.id, { on: "2025-03-02", channel: "email", kind: "counter", after: RAISED });
    const now = (await api.call("GET", `/api/offers/${o.id}`)).body.offer;
    expect(now.status).toBe("accepted");
    expect(now.comp.base).toBe(182_000);
    // A note or an extension is no negotiation either.
    const other = await offer("Other");
    await log(other.id, { on: "2025-03-02", channel: "email", kind: "extension", asked: "Until Friday?" });
    expect((await api.call("GET", `/api/offers/${other.id}`)).body.offer.status).toBe("open");
  });

  it("GET lists events by date, then as logged", async () => {
    const o = await offer();
    const late = await log(o.id, { on: "2025-03-05", channel: "email", kind: "note" });
    api.clock.set("2025-03-02T10:00:00.000Z");
    const earlyFirst = await log(o.id, { on: "2025-03-02", channel: "call", kind: "ask" });
    api.clock.set("2025-03-02T11:00:00.000Z");
    const earlySecond = await log(o.id, { on: "2025-03-02", channel: "email", kind: "counter" });
    const list = await api.call("GET", `/api/offers/${o.id}/negotiation`);
    expect(list.status).toBe(200);
    expect(list.body.events.map((e: { id: string }) => e.id)).toEqual([earlyFirst.id, earlySecond.id, late.id]);
  });

  it("PATCH changes the words, date, channel and kind, never the numbers", async () => {
    const o = await offer();
    const event = await log(o.id, { on: "2025-03-02", channel: "call", kind: "counter", after: RAISED });
    const url = `/api/offers/${o.id}/negotiation/${event.id}`;
    const res = await api.call("PATCH", url, { on: "2025-03-01", channel: "video", response: "Confirmed in writing" });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.event).toEqual({ ...event, on: "2025-03-01", channel: "video", response: "Confirmed in writing" });
    const numbers = await api.call("PATCH", url, { after: COMP });
    expect(numbers.status).toBe(400);
    expect(Object.keys(numbers.body.error.fields)).toEqual(["after"]);
  });

  it("DELETE removes an event with 204 and leaves the comp as it is", async () => {
    const o = await offer();
    const event = await log(o.id, { on: "2025-03-02", channel: "call", kind: "counter", after: RAISED });
    const res = await api.call("DELETE", `/api/offers/${o.id}/negotiation/${event.id}`);
    expect(res.status).toBe(204);
    expect((await api.call("GET", `/api/offers/${o.id}/negotiation`)).body.events).toEqual([]);
    const now = (await api.call("GET", `/api/offers/${o.id}`)).body.offer;
    expect(now.comp.base).toBe(182_000);
    expect(now.negotiation).toEqual({ events: 0, asks: 0 });
    expect((await api.call("DELETE", `/api/offers/${o.id}/negotiation/${event.id}`)).status).toBe(404);
  });

  it("answers 400 naming the field for bad input, and stores nothing", async () => {
    const o = await offer();
    const valid = { on: "2025-03-02", channel: "email", kind: "ask" };
    const cases: [Record<string, unknown>, string][] = [
      [{ channel: "email", kind: "ask" }, "on"],
      [{ ...valid, on: "yesterday" }, "on"],
      [{ ...valid, channel: "fax" }, "channel"],
      [{ ...valid, kind: "threat" }, "kind"],
      [{ ...valid, after: { ...COMP, base: -5 } }, "after.base"],
      [
        {
          ...valid,
          after: {
            ...COMP,
            equity: [{ kind: "rsu", grantValue: 1, schedule: { events: [{ month: 12, fraction: 0.5 }] } }],
          },
        },
        "after.equity.0.schedule.events",
      ],
      [{ ...valid, before: COMP }, "before"],
    ];
    for (const [body, field] of cases) {
      const res = await api.call("POST", `/api/offers/${o.id}/negotiation`, body);
      expect(res.status, `${JSON.stringify(body)} → ${JSON.stringify(res.body)}`).toBe(400);
      expect(Object.keys(res.body.error.fields), JSON.stringify(res.body)).toContain(field);
    }
    expect((await api.call("GET", `/api/offers/${o.id}/negotiation`)).body.events).toEqual([]);
    expect((await api.call("GET", `/api/offers/${o.id}`)).body.offer).toMatchObject({ status: "open", comp: o.comp });
    expect((await api.call("GET", "/api/offers/nope/negotiation")).status).toBe(400);
    expect((await api.call("PATCH", `/api/offers/${o.id}/negotiation/nope`, { asked: "x" })).status).toBe(400);
  });

  it("an event id of another offer is a 404, and the event stays", async () => {
    const a = await offer("A");
    const b = await offer("B");
    const event = await log(a.id, { on: "2025-03-02", channel: "email", kind: "ask" });
    const wrong = `/api/offers/${b.id}/negotiation/${event.id}`;
    expect((await api.call("PATCH", wrong, { asked: "moved?" })).status).toBe(404);
    expect((await api.call("DELETE", wrong)).status).toBe(404);
    expect((await api.call("GET", `/api/offers/${a.id}/negotiation`)).body.events).toEqual([event]);
  });

  it("keeps users apart: another user can neither read, log on, change nor delete my negotiation", async () => {
    const o = await offer();
    const event = await log(o.id, { on: "2025-03-02", channel: "email", kind: "ask" });
    const other = await freshUser(suite.database().db);
    const them = testApp(suite.database(), () => other);
    const base = `/api/offers/${o.id}/negotiation`;
    expect((await them.call("GET", base)).status).toBe(404);
    const logged = await them.call("POST", base, { on: "2025-03-03", channel: "call", kind: "counter", after: RAISED });
    expect(logged.status).toBe(404);
    expect((await them.call("PATCH", `${base}/${event.id}`, { asked: "mine" })).status).toBe(404);
    expect((await them.call("DELETE", `${base}/${event.id}`)).status).toBe(404);
    expect((await api.call("GET", base)).body.events).toEqual([event]);
    expect((await api.call("GET", `/api/offers/${o.id}`)).body.offer.comp).toEqual(o.comp);
  });
});
