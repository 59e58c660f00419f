import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planTiming } from "../src/index.js";
import { durationTable, normalCdf, normalQuantile, tableQuantile } from "../src/timing/distributions.js";
import { appId, MONDAY, parse } from "./timing-fixtures.js";
import { addDaysToDate } from "../src/index.js";

describe("timing planner distributions", () => {
  it("inverts the normal CDF", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (p) => {
        expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
      }),
    );
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655, 6);
  });

  it("fits a log-normal whose median and p90 are the ones given", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 60, noNaN: true }),
        fc.double({ min: 1.1, max: 4, noNaN: true }),
        (median, spread) => {
          const table = durationTable({ medianDays: median, p90Days: median * spread, samples: [], sampleWeight: 0 });
          // The table holds quantiles at (i + 0.5) / 256; interpolation between them stays within 1%.
          // (Spreads below ~1.07 hit the σ floor of 0.05 by design.)
          expect(tableQuantile(table.quantiles, 0.5) / median).toBeCloseTo(1, 2);
          expect(tableQuantile(table.quantiles, 0.9) / (median * spread)).toBeCloseTo(1, 2);
          expect(table.cdf(median)).toBeCloseTo(0.5, 6);
        },
      ),
    );
  });

  it("draws from the observed durations in proportion to their weight", () => {
    // Half the weight on samples that are all 3 days, half on a log-normal with median 30 (p90
    // 60) that puts only ~0.03% below 3 days: the mixture's CDF jumps from ~0 to ~0.5 at 3, so
    // its 40th percentile is 3 and its median is where the log-normal alone reaches 0.
    const table = durationTable({ medianDays: 30, p90Days: 60, samples: Array(50).fill(3), sampleWeight: 0.5 });
    expect(tableQuantile(table.quantiles, 0.4)).toBeCloseTo(3, 1);
    expect(table.cdf(3)).toBeGreaterThan(0.5);
    expect(table.cdf(2.99)).toBeLessThan(0.001);
    expect(tableQuantile(table.quantiles, 0.75)).toBeGreaterThan(20);
  });

  it("lowers the odds of a silent application as the wait grows", () => {
    // A cold application gets an answer 25% of the time, in a median of 10 days (p90 21). After
    // 30 days of silence only ~1% of the log-normal's answers are still to come, so
    // P(answer | silence) = 0.25 × 0.01 / (0.25 × 0.01 + 0.75) ≈ 0.3%: the old application's
    // chance of an offer is a tenth of the fresh one's at most.
    const plan = planTiming(
      parse({
        today: MONDAY,
        seed: 4,
        applications: [
          { id: appId(0), desirability: 3, stage: "applied", stageEnteredOn: MONDAY },
          { id: appId(1), desirability: 3, stage: "applied", stageEnteredOn: addDaysToDate(MONDAY, -30) },
        ],
      }),
    );
    const [fresh, old] = [plan.companies[0]!, plan.companies[1]!];
    expect(fresh.pOffer).toBeGreaterThan(0.02); // 0.25 × 0.6 × 0.5 × 0.4 = 0.03
    expect(old.pOffer).toBeLessThan(fresh.pOffer / 10);
  });
});
