import { schema } from "@loopwise/db";
import { testDrivers } from "@loopwise/db/testing";
import type { CompInputJson } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite, testApp } from "../../../test-support/server-harness.js";
import { projectionResponseSchema } from "../src/openapi-offers.js";

/** 4,800 RSUs at 50.00 on 4y-cliff-monthly, base 180,000, 15% bonus, 30,000 sign-on prorated over 12 months. */
const example: CompInputJson = {
  currency: "USD",
  base: 180_000,
  bonusTargetPercent: 15,
  signOn: [{ amount: 30_000, clawback: { kind: "prorated", months: 12 } }],
  equity: [{ kind: "rsu", shares: 4_800, sharePrice: 50, schedule: "4y-cliff-monthly" }],
};

const withEquity = (grant: object): CompInputJson => ({ currency: "USD", base: 100_000, equity: [grant as never] });
const rsu = (schedule: unknown) => ({ kind: "rsu", shares: 480, sharePrice: 10, schedule });
const quarters = (last: { month: number; fraction: number }) => ({
  events: [{ month: 12, fraction: 0.25 }, { month: 24, fraction: 0.25 }, { month: 36, fraction: 0.25 }, last],
});

describe.each(testDrivers())("offer projection routes on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;

  it("POST /api/offers/project answers the year-by-year figures in major units", async () => {
    const { status, body } = await api.call("POST", "/api/offers/project", example);
    expect(status).toBe(200);
    // Year 1: 180,000 + 27,000 bonus + 30,000 sign-on + 1,200 shares × 50 = 297,000; years 2-4 vest
    // 100 shares a month (60,000 a year): 267,000; the steady year 5 has no equity: 207,000.
    expect(body.currency).toBe("USD");
    expect(body.years.map((y: { total: number }) => y.total)).toEqual([297_000, 267_000, 267_000, 267_000, 207_000]);
    expect(body.years[0]).toEqual({
      year: 1,
      base: 180_000,
      bonus: 27_000,
      signOn: 30_000,
      equity: 60_000,
      other: 0,
      total: 297_000,
      steady: false,
    });
    expect(body.years[4].steady).toBe(true);
    expect(body.cumulative.map((y: { total: number }) => y.total)).toEqual([297_000, 564_000, 831_000, 1_098_000]);
    // 180,000 + 240,000 / 4 + 27,000 + 30,000 / 4.
    expect(body.annualized).toBe(274_500);
    expect(body.vestingEvents[0]).toEqual({ month: 12, source: "equity.0", shares: 1_200, value: 60_000 });
    expect(body.clawback.slice(0, 2)).toEqual([
      { month: 0, owed: 30_000 },
      { month: 1, owed: 27_500 },
    ]);
    expect(body.options).toEqual([]);
    expect(body.scenarios).toBeNull();
    expect(body.notes).toEqual([]);
    // The answer is what the OpenAPI document describes, and nothing else.
    const described = projectionResponseSchema.strict().parse(body);
    expect(Object.keys(described).sort()).toEqual(Object.keys(body).sort());
  });

  it("a strike above the share price is a 200 with a note, not an error", async () => {
    const { status, body } = await api.call(
      "POST",
      "/api/offers/project",
      withEquity({ kind: "option", shares: 10_000, strike: 3, sharePrice: 2, schedule: "4y-cliff-monthly" }),
    );
    expect(status).toBe(200);
    expect(body.options[0]).toMatchObject({ exerciseCost: 30_000, intrinsicValue: 0, underwater: true });
    expect(body.years.map((y: { equity: number }) => y.equity)).toEqual([0, 0, 0, 0, 0]);
    expect(body.notes.join(" ")).toMatch(/strike \(3\.00 USD\) is above the share price \(2\.00 USD\)/);
  });

  it.each([
    ["a negative amount", { currency: "USD", base: -1 }, "base"],
    [
      "fractions that do not sum to 1",
      withEquity(rsu(quarters({ month: 48, fraction: 0.2 }))),
      "equity.0.schedule.events",
    ],
    [
      "an event after the end",
      withEquity(rsu(quarters({ month: 61, fraction: 0.25 }))),
      "equity.0.schedule.events.3.month",
    ],
    ["an unknown preset", withEquity(rsu("4y-cliff-weekly")), "equity.0.schedule"],
    ["an RSU with no size", withEquity({ kind: "rsu", sharePrice: 10, schedule: "5-15-40-40" }), "equity.0.grantValue"],
    ["an unknown equity kind", withEquity({ kind: "warrant", shares: 1, schedule: "5-15-40-40" }), "equity.0.kind"],
    [
      "a negative share count",
      withEquity({ kind: "option", shares: -5, strike: 1, sharePrice: 2, schedule: "5-15-40-40" }),
      "equity.0.shares",
    ],
    [
      "a clawback without months",
      { currency: "USD", base: 1, signOn: [{ amount: 5, clawback: { kind: "full" } }] },
      "signOn.0.clawback.months",
    ],
    [
      "probabilities above 1",
      {
        currency: "USD",
        base: 1,
        outlook: {
          kind: "exits",
          outcomes: [
            { valuePerShare: 1, probability: 0.7 },
            { valuePerShare: 2, probability: 0.7 },
          ],
        },
      },
      "outlook.outcomes",
    ],
    ["an unknown currency form", { currency: "dollars", base: 1 }, "currency"],
  ])("refuses %s with a 400 naming %s", async (_case, input, field) => {
    const { status, body } = await api.call("POST", "/api/offers/project", input);
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid");
    expect(Object.keys(body.error.fields)).toContain(field);
    expect(body.error.message).toContain(field);
  });

  it("refuses a body that is not JSON, and a missing body", async () => {
    const form = await api.call("POST", "/api/offers/project", undefined, {
      raw: "base=1",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(400);
    expect(form.body.error.fields).toHaveProperty("body");
    const broken = await api.call("POST", "/api/offers/project", undefined, { raw: "{ base: " });
    expect(broken.status).toBe(400);
    const empty = await api.call("POST", "/api/offers/project", {});
    expect(empty.status).toBe(400);
    expect(Object.keys(empty.body.error.fields).sort()).toEqual(["base", "currency"]);
  });

  it("stores nothing, and answers another user the same", async () => {
    const mine = await api.call("POST", "/api/offers/project", example);
    const other = await freshUser(suite.database().db);
    const them = testApp(suite.database(), () => other);
    const theirs = await them.call("POST", "/api/offers/project", example);
    expect(theirs.status).toBe(200);
    expect(theirs.body).toEqual(mine.body);
    expect(await suite.database().db.select().from(schema.offers)).toEqual([]);
  });
});
