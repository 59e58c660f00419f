import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Invalid, marketPosition } from "../src/index.js";

const usd = (...totals: number[]) => totals.map((total) => ({ total, currency: "USD" }));

describe("marketPosition", () => {
  it("computes the mid-rank percentile, the quartiles and a label", () => {
    // Points 200k, 250k, 300k, 300k, 400k; offer 300k: 2 below, 2 equal → (2 + 2/2) / 5 = 60%.
    // Quartiles (linear between closest ranks, h = 4p): p25 = 250k, p50 = 300k, p75 = 300k.
    const result = marketPosition(30_000_000, usd(200_000, 250_000, 300_000, 300_000, 400_000), "USD", {}, "Acme L5");
    expect(result).toMatchObject({
      count: 5,
      leftOut: 0,
      percentile: 60,
      p25: 25_000_000,
      p50: 30_000_000,
      p75: 30_000_000,
      label: "between the median and the 75th percentile of 5 points for Acme L5",
      detail: "60th percentile; median 300k",
    });
  });

  it("interpolates quartiles and says above the 75th percentile", () => {
    // 12 points 100k..210k by 10k; offer 205k: 11 below → 11/12 ≈ 91.7%.
    // p75: h = 11 × 0.75 = 8.25 → 180k + 0.25 × 10k = 182.5k. p25: h = 2.75 → 127.5k. p50: h = 5.5 → 155k.
    const points = usd(...Array.from({ length: 12 }, (_, i) => 100_000 + i * 10_000));
    const result = marketPosition(20_500_000, points, "USD", {}, "Acme L5");
    expect(result.percentile).toBeCloseTo((100 * 11) / 12, 12);
    expect([result.p25, result.p50, result.p75]).toEqual([12_750_000, 15_500_000, 18_250_000]);
    expect(result.label).toBe("above the 75th percentile of 12 points for Acme L5");
    expect(result.detail).toBe("92nd percentile; median 155k");
  });

  it("converts points with a given rate and leaves out the others, counted", () => {
    // 100k EUR × 1.1 = 110k USD; the GBP and CHF points have no rate and are left out. Points 110k
    // and 120k; offer 110k: 0 below, 1 equal → (0 + 1/2) / 2 = 25%.
    const points = [
      { total: 100_000, currency: "EUR" },
      { total: 120_000, currency: "USD" },
      { total: 90_000, currency: "GBP" },
      { total: 80_000, currency: "CHF" },
      { total: 70_000, currency: "GBP" },
    ];
    const result = marketPosition(11_000_000, points, "USD", { EUR: 1.1 });
    expect(result).toMatchObject({ count: 2, leftOut: 3, leftOutCurrencies: ["CHF", "GBP"], percentile: 25 });
    expect(result.label).toBe("between the 25th percentile and the median of 2 points");
  });

  it("answers no percentile without points, and refuses a bad rate", () => {
    const empty = marketPosition(1, [{ total: 1, currency: "EUR" }], "USD", {}, "Acme L5");
    expect(empty).toMatchObject({ count: 0, leftOut: 1, percentile: null, p50: null });
    expect(empty.label).toBe("No data points for Acme L5 to compare with yet");
    expect(() => marketPosition(1, [], "USD", { EUR: 0 })).toThrow(Invalid);
    expect(() => marketPosition(Number.NaN, [], "USD")).toThrow(Invalid);
  });

  it("uses whole yen for JPY points", () => {
    // JPY has no minor unit: 10,000,000 yen points stay 10,000,000.
    const result = marketPosition(12_000_000, [{ total: 10_000_000, currency: "JPY" }], "JPY");
    expect(result).toMatchObject({ p50: 10_000_000, percentile: 100 });
  });

  const pointsArb = fc.array(
    fc.integer({ min: 0, max: 500 }).map((k) => ({ total: k * 1000, currency: "USD" })),
    {
      minLength: 1,
      maxLength: 30,
    },
  );

  it("the percentile never falls as the offer's total rises, and stays within 0-100", () => {
    fc.assert(
      fc.property(
        pointsArb,
        fc.integer({ min: 0, max: 600_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (points, total, more) => {
          const low = marketPosition(total * 100, points, "USD");
          const high = marketPosition((total + more) * 100, points, "USD");
          expect(high.percentile!).toBeGreaterThanOrEqual(low.percentile!);
          expect(low.percentile!).toBeGreaterThanOrEqual(0);
          expect(high.percentile!).toBeLessThanOrEqual(100);
          expect(low.p25!).toBeLessThanOrEqual(low.p50!);
          expect(low.p50!).toBeLessThanOrEqual(low.p75!);
        },
      ),
    );
  });

  it("an offer equal to every point sits at the 50th percentile", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 1_000_000 }), (count, total) => {
        expect(marketPosition(total * 100, usd(...Array(count).fill(total)), "USD").percentile).toBe(50);
      }),
    );
  });
});
