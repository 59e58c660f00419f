import { describe, expect, it } from "vitest";
import { barLayout, filterPoints, pointsInScope, ratesInto, scopeName } from "../src/features/market/market-scope";
import { point } from "./market-points";

const points = [
  point("Acme", "L5", 300_000),
  point("acme ", "l5", 320_000),
  point("Acme", "L6", 450_000),
  point("Globex", "L5", 280_000),
  point("Globex", null, 200_000),
];

describe("which points an offer is measured against", () => {
  it("matches company and level without caring about case or spaces", () => {
    expect(pointsInScope(points, "ACME", "L5", "company-level").map((p) => p.total)).toEqual([300_000, 320_000]);
  });

  it("widens to the company, to the level anywhere, or to everything", () => {
    expect(pointsInScope(points, "Acme", "L5", "company")).toHaveLength(3);
    expect(pointsInScope(points, "Acme", "L5", "level").map((p) => p.total)).toEqual([300_000, 320_000, 280_000]);
    expect(pointsInScope(points, "Acme", "L5", "all")).toHaveLength(points.length);
  });

  it("falls back to the whole company when the offer has no level, and finds no level-only match", () => {
    expect(pointsInScope(points, "Acme", null, "company-level")).toHaveLength(3);
    expect(pointsInScope(points, "Acme", null, "level")).toEqual([]);
  });

  it("names the scope the way the label reads", () => {
    expect(scopeName("Acme", "L5", "company-level")).toBe("Acme L5");
    expect(scopeName("Acme", null, "company-level")).toBe("Acme");
    expect(scopeName("Acme", "L5", "level")).toBe("L5 at any company");
  });
});

describe("exchange rates from the offers", () => {
  const offers = [
    { currency: "EUR", exchangeRate: 1.1 },
    { currency: "GBP", exchangeRate: 1.25 },
    { currency: "USD", exchangeRate: null },
  ];

  it("converts into the compare currency with each offer's rate", () => {
    expect(ratesInto("USD", "USD", offers)).toEqual({ USD: 1, EUR: 1.1, GBP: 1.25 });
  });

  it("converts into another offer's currency through the compare currency", () => {
    const rates = ratesInto("EUR", "USD", offers);
    // 1 GBP = 1.25 USD and 1 EUR = 1.1 USD, so 1 GBP = 1.25 / 1.1 EUR.
    expect(rates.GBP).toBeCloseTo(1.25 / 1.1, 10);
    expect(rates.EUR).toBe(1);
    expect(rates.USD).toBeCloseTo(1 / 1.1, 10);
  });

  it("knows only the currency itself when nothing links it to the compare currency", () => {
    expect(ratesInto("JPY", "USD", offers)).toEqual({ JPY: 1 });
  });
});

describe("the percentile bar", () => {
  it("puts every mark in order between 5% and 95% of the width", () => {
    const at = barLayout({ min: 100, p25: 150, p50: 200, p75: 250, max: 300, offer: 275 });
    expect(at.min).toBe(5);
    expect(at.max).toBe(95);
    // 200 is half way between 100 and 300: 5 + 0.5 × 90 = 50.
    expect(at.median).toBe(50);
    expect(at.bandStart).toBeLessThan(at.median);
    expect(at.bandEnd).toBeGreaterThan(at.median);
    expect(at.offer).toBeGreaterThan(at.bandEnd);
  });

  it("stretches the scale to an offer outside the points, and centres everything when all are equal", () => {
    expect(barLayout({ min: 100, p25: 100, p50: 100, p75: 100, max: 200, offer: 400 }).offer).toBe(95);
    expect(barLayout({ min: 100, p25: 100, p50: 100, p75: 100, max: 100, offer: 100 }).offer).toBe(50);
  });
});

describe("the data points filter", () => {
  it("finds a text in the company, level or source, in any case, and keeps all on an empty filter", () => {
    const sourced = { ...point("Initech", "Staff", 400_000), source: "Levels survey" };
    const list = [...points, sourced];
    expect(filterPoints(list, "  ACME ").map((p) => p.total)).toEqual([300_000, 320_000, 450_000]);
    expect(filterPoints(list, "l6").map((p) => p.total)).toEqual([450_000]);
    expect(filterPoints(list, "survey")).toEqual([sourced]);
    expect(filterPoints(list, " ")).toHaveLength(list.length);
  });
});
