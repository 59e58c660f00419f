import { compInputSchema, projectComp, type Offer } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { offerMarketView } from "../src/features/market/market-position-view";
import { point } from "./market-points";

// Cash only, so the annualized headline is the base: 300,000.
const projection = projectComp(compInputSchema.parse({ currency: "USD", base: 300_000 }));
const offer = { companyName: "Acme", level: "L5" } as Offer;
const row = { offer, projection };

describe("an offer's place among the market points", () => {
  const points = [
    point("Acme", "L5", 200_000),
    point("Acme", "L5", 250_000),
    point("Acme", "L5", 280_000),
    point("Acme", "L5", 320_000),
    point("Acme", "L6", 500_000),
  ];

  it("measures the annualized headline against the points for its company and level", () => {
    const view = offerMarketView(row, points, "company-level", "USD", []);
    expect(view.offerTotal).toBe(300_000);
    expect(view.count).toBe(4);
    // Three of the four points are below 300k: 3 / 4 = 75%.
    expect(view.percentile).toBe(75);
    expect(view.bar).toMatchObject({ min: 200_000, max: 320_000 });
    expect(view.label).toMatch(/^[A-Z].* of 4 points for Acme L5\.$/);
  });

  it("widens with the scope", () => {
    expect(offerMarketView(row, points, "company", "USD", []).count).toBe(5);
  });

  it("converts points in another offer's currency and leaves the rest out, counted", () => {
    const mixed = [...points.slice(0, 4), point("Acme", "L5", 200_000, "EUR"), point("Acme", "L5", 9_000_000, "JPY")];
    // 1 EUR = 1.5 USD: the EUR point is 300,000 USD, a tie with the offer.
    const view = offerMarketView(row, mixed, "company-level", "USD", [{ currency: "EUR", exchangeRate: 1.5 }]);
    expect(view.count).toBe(5);
    expect(view.leftOut).toBe(1);
    expect(view.leftOutCurrencies).toEqual(["JPY"]);
    // Three below and one equal of five: (3 + 0.5) / 5 = 70%.
    expect(view.percentile).toBe(70);
  });

  it("says what to do when no point compares", () => {
    const view = offerMarketView(row, [point("Globex", "L5", 1)], "company-level", "USD", []);
    expect(view.percentile).toBeNull();
    expect(view.bar).toBeNull();
    expect(view.label).toContain("add one below or import a CSV");
  });
});
