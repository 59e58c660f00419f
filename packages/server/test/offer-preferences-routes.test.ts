import { testDrivers } from "@loopwise/db/testing";
import { DECISION_CRITERIA, DEFAULT_WEIGHTS } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { freshUser } from "../../../test-support/db-fixtures.js";
import { apiSuite, testApp } from "../../../test-support/server-harness.js";

describe.each(testDrivers())("offer preference routes on %s", (kind) => {
  const suite = apiSuite(kind);
  const api = suite.api;

  it("GET answers every criterion at its default weight and no compare currency before any save", async () => {
    const res = await api.call("GET", "/api/offer-preferences");
    expect(res.status).toBe(200);
    expect(res.body.preferences).toEqual({ compareCurrency: null, weights: DEFAULT_WEIGHTS });
    expect(Object.keys(res.body.preferences.weights).sort()).toEqual([...DECISION_CRITERIA].sort());
  });

  it("PUT merges weights per criterion and answers the whole result", async () => {
    const first = await api.call("PUT", "/api/offer-preferences", { weights: { money_year1: 9, growth: 0 } });
    expect(first.status).toBe(200);
    expect(first.body.preferences).toEqual({
      compareCurrency: null,
      weights: { ...DEFAULT_WEIGHTS, money_year1: 9, growth: 0 },
    });
    const second = await api.call("PUT", "/api/offer-preferences", { weights: { growth: 2.5, level: 10 } });
    expect(second.body.preferences.weights).toEqual({ ...DEFAULT_WEIGHTS, money_year1: 9, growth: 2.5, level: 10 });
    expect((await api.call("GET", "/api/offer-preferences")).body.preferences).toEqual(second.body.preferences);
  });

  it("PUT sets the compare currency, keeps it when left out, and clears it with null", async () => {
    const set = await api.call("PUT", "/api/offer-preferences", { compareCurrency: "EUR" });
    expect(set.body.preferences).toEqual({ compareCurrency: "EUR", weights: DEFAULT_WEIGHTS });
    const kept = await api.call("PUT", "/api/offer-preferences", { weights: { red_flags: 1 } });
    expect(kept.body.preferences.compareCurrency).toBe("EUR");
    const cleared = await api.call("PUT", "/api/offer-preferences", { compareCurrency: null });
    expect(cleared.body.preferences).toEqual({ compareCurrency: null, weights: { ...DEFAULT_WEIGHTS, red_flags: 1 } });
  });

  it("answers 400 naming the field for bad input, and keeps what was saved", async () => {
    await api.call("PUT", "/api/offer-preferences", { compareCurrency: "GBP", weights: { growth: 3 } });
    const cases: [Record<string, unknown>, string][] = [
      [{ weights: { growth: 11 } }, "weights.growth"],
      [{ weights: { growth: -1 } }, "weights.growth"],
      [{ weights: { growth: "high" } }, "weights.growth"],
      [{ weights: { salary: 3 } }, "weights.salary"],
      [{ compareCurrency: "euro" }, "compareCurrency"],
      [{ theme: "dark" }, "theme"],
    ];
    for (const [body, field] of cases) {
      const res = await api.call("PUT", "/api/offer-preferences", body);
      expect(res.status, `${JSON.stringify(body)} → ${JSON.stringify(res.body)}`).toBe(400);
      expect(Object.keys(res.body.error.fields), JSON.stringify(res.body)).toContain(field);
    }
    expect((await api.call("GET", "/api/offer-preferences")).body.preferences).toEqual({
      compareCurrency: "GBP",
      weights: { ...DEFAULT_WEIGHTS, growth: 3 },
    });
  });

  it("keeps users apart: one user's weights are not another's", async () => {
    await api.call("PUT", "/api/offer-preferences", { compareCurrency: "CHF", weights: { team_manager: 10 } });
    const other = await freshUser(suite.database().db);
    const them = testApp(suite.database(), () => other);
    expect((await them.call("GET", "/api/offer-preferences")).body.preferences).toEqual({
      compareCurrency: null,
      weights: DEFAULT_WEIGHTS,
    });
    await them.call("PUT", "/api/offer-preferences", { weights: { team_manager: 1 } });
    expect((await api.call("GET", "/api/offer-preferences")).body.preferences).toEqual({
      compareCurrency: "CHF",
      weights: { ...DEFAULT_WEIGHTS, team_manager: 10 },
    });
  });
});
