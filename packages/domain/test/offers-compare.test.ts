import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compactAmount,
  compareOffers,
  explainDifference,
  explainHeadline,
  Invalid,
  type CompareEntry,
} from "../src/index.js";
import { flat, projectionOf, type YearParts } from "./offers-decide-fixtures.js";

const entry = (id: string, years: YearParts[], options?: Parameters<typeof projectionOf>[1]): CompareEntry => ({
  id,
  name: id.toUpperCase(),
  projection: projectionOf(years, options),
});

/** 200k base + 50k equity every year: 250k a year. */
const STEADY = flat({ base: 200_000, equity: 50_000 });
/** 190k base + a front-loaded grant (90/50/20/40k): 280, 240, 210, 230k. */
const FRONT_LOADED: YearParts[] = [
  { base: 190_000, equity: 90_000 },
  { base: 190_000, equity: 50_000 },
  { base: 190_000, equity: 20_000 },
  { base: 190_000, equity: 40_000 },
];

describe("explainDifference", () => {
  it("names a front-loaded grant and the year the other catches up", () => {
    // A: 200k base + 50k equity every year: 250k a year, running 250, 500, 750, 1000.
    // B: 190k base + equity 90/50/20/40 (front-loaded: 45% of its 200k in year 1): 280, 240, 210, 230;
    //    running 280, 520, 730, 960. Year 1: B +30k, mostly equity (+40k against −10k base).
    //    Year 3: A 750 > B 730, so A catches up in year 3; over four years A leads by 1000 − 960 = 40k.
    const a = entry("a", STEADY);
    const b = entry("b", FRONT_LOADED);
    const result = explainDifference(a, b);
    expect(result.line).toBe(
      "B pays 30k more in year 1 because of the front-loaded grant; A catches up in year 3 and leads by 40k over four years",
    );
    expect(result).toMatchObject({
      yearOneLeaderId: "b",
      horizonLeaderId: "a",
      yearOneGap: 3_000_000,
      horizonGap: 4_000_000,
      driver: "equity",
      catchUpYear: 3,
    });
  });

  it("says a sign-on makes year 1 when the other pays more from year 2", () => {
    // A: 200k base, 50k sign-on in year 1: 250, 200, 200, 200 = 850k. B: 215k a year = 860k.
    // Year 1 A +35k (sign-on +50k, base −15k); year 2 B +15k; four years B +10k.
    const a = entry("a", [{ base: 200_000, signOn: 50_000 }, ...flat({ base: 200_000 }, 3)]);
    const b = entry("b", flat({ base: 215_000 }));
    expect(explainDifference(a, b).line).toBe(
      "A's 50k sign-on makes year 1; from year 2 B pays more and leads by 10k over four years",
    );
  });

  it("says a sign-on makes year 1 even when the payer still leads overall", () => {
    // A: 200k base + 80k sign-on: 280, 200, 200, 200 = 880k. B: 210k a year = 840k: A still +40k.
    const a = entry("a", [{ base: 200_000, signOn: 80_000 }, ...flat({ base: 200_000 }, 3)]);
    const b = entry("b", flat({ base: 210_000 }));
    expect(explainDifference(a, b).line).toBe(
      "A's 80k sign-on makes year 1; from year 2 B pays more, but A still leads by 40k over four years",
    );
  });

  it("names a single component that makes the same gap every year", () => {
    // Same 200k base; bonus 20k against 38k: B +18k in every year, nothing else differs.
    const a = entry("a", flat({ base: 200_000, bonus: 20_000 }));
    const b = entry("b", flat({ base: 200_000, bonus: 38_000 }));
    const result = explainDifference(a, b);
    expect(result.line).toBe("Same base; B's bonus target adds 18k a year");
    expect(result.driver).toBe("bonus");
    // A higher base alone is said without "Same base".
    const c = entry("c", flat({ base: 212_500, bonus: 20_000 }));
    expect(explainDifference(a, c).line).toBe("C's base adds 12.5k a year");
  });

  it("says the two pay about the same when every gap is under half a percent", () => {
    // 250,000 against 250,900: 900 is under 0.5% of 250,900 (1,254.5) in year 1 and over four years.
    const a = entry("a", flat({ base: 250_000 }));
    const b = entry("b", flat({ base: 250_900 }));
    expect(explainDifference(a, b).line).toBe("A and B pay about the same: 250k in year 1, 1M over four years");
    expect(explainDifference(a, b).yearOneLeaderId).toBeNull();
  });

  it("explains a level year 1 by the component that makes the four-year gap", () => {
    // Year 1 both 250k; after that B's equity makes 30k more each year (90k over four years).
    const a = entry("a", flat({ base: 250_000 }));
    const b = entry("b", [{ base: 250_000 }, ...flat({ base: 220_000, equity: 60_000 }, 3)]);
    expect(explainDifference(a, b).line).toBe(
      "A and B pay about the same in year 1 (250k); B leads by 90k over four years, mostly in equity",
    );
  });

  it("names a higher base with both figures and the leader's lead", () => {
    // A 210k base + 20k bonus; B 180k base + 30k bonus + 10k other: year 1 A 230k, B 220k (+10k to A,
    // base +30k is the largest). Every year the same: A leads by 40k over four years, never caught.
    const a = entry("a", flat({ base: 210_000, bonus: 20_000 }));
    const b = entry("b", flat({ base: 180_000, bonus: 30_000, other: 10_000 }));
    expect(explainDifference(a, b).line).toBe(
      "A pays 10k more in year 1 because of a higher base (210k against 180k); A leads by 40k over four years",
    );
  });

  it("refuses projections in two currencies", () => {
    const a = entry("a", flat({ base: 1 }));
    const b = entry("b", flat({ base: 1 }), { currency: "EUR" });
    expect(() => explainDifference(a, b)).toThrow(Invalid);
  });

  const yearsArb = fc.array(
    fc.record({
      base: fc.integer({ min: 0, max: 400 }).map((k) => k * 1000),
      bonus: fc.integer({ min: 0, max: 100 }).map((k) => k * 1000),
      signOn: fc.integer({ min: 0, max: 100 }).map((k) => k * 1000),
      equity: fc.integer({ min: 0, max: 300 }).map((k) => k * 1000),
      other: fc.integer({ min: 0, max: 20 }).map((k) => k * 1000),
    }),
    { minLength: 4, maxLength: 4 },
  );

  it("says the same thing whichever order the two offers come in", () => {
    fc.assert(
      fc.property(yearsArb, yearsArb, (ya, yb) => {
        const [a, b] = [entry("a", ya), entry("b", yb)];
        const ab = explainDifference(a, b);
        const ba = explainDifference(b, a);
        expect(ab.line).toBe(ba.line);
        expect(ab.yearOneGap).toBe(ba.yearOneGap);
        expect(ab.horizonGap).toBe(ba.horizonGap);
        expect(ab.yearOneLeaderId).toBe(ba.yearOneLeaderId);
        expect(ab.horizonLeaderId).toBe(ba.horizonLeaderId);
      }),
    );
  });

  it("quotes the real year-1 gap and names the year-1 leader as the one paying more", () => {
    fc.assert(
      fc.property(yearsArb, yearsArb, (ya, yb) => {
        const [a, b] = [entry("a", ya), entry("b", yb)];
        const result = explainDifference(a, b);
        const d1 = b.projection.years[0]!.total - a.projection.years[0]!.total;
        expect(result.yearOneGap).toBe(Math.abs(d1));
        if (result.yearOneLeaderId !== null) {
          expect(result.yearOneLeaderId).toBe(d1 > 0 ? "b" : "a");
        }
        if (result.line.includes(" more in year 1 ")) {
          expect(result.line).toContain(`pays ${compactAmount(Math.abs(d1), "USD")} more in year 1`);
        }
      }),
    );
  });
});

describe("compareOffers", () => {
  it("finds each year's leader, the gaps and the running totals", () => {
    // Year 1: A 250, B 280, C 250 → B leads, A and C 30k behind. Year 3: A 250, B 210 → A leads.
    // Running after year 3: A 750, B 730, C 750 → A and C tie; A (first) is named, tied.
    const a = entry("a", STEADY);
    const b = entry("b", FRONT_LOADED);
    const c = entry("c", flat({ base: 250_000 }));
    const result = compareOffers([a, b, c]);
    expect(result.horizon).toBe(4);
    expect(result.years).toHaveLength(5);
    expect(result.years[0]).toMatchObject({ leaderId: "b", tied: false });
    expect(result.years[0]!.standings.map((s) => s.behind)).toEqual([3_000_000, 0, 3_000_000]);
    expect(result.years[2]).toMatchObject({ leaderId: "a", tied: true });
    expect(result.cumulative[2]!.standings.map((s) => s.total)).toEqual([75_000_000, 73_000_000, 75_000_000]);
    expect(result.cumulative[2]).toMatchObject({ leaderId: "a", tied: true });
    expect(result.years[4]!.steady).toBe(true);
    expect(result.differences.map((d) => [d.aId, d.bId])).toEqual([
      ["a", "b"],
      ["a", "c"],
      ["b", "c"],
    ]);
    expect(result.headlines.map((h) => h.id)).toEqual(["a", "b", "c"]);
  });

  it("compares over the shortest horizon among the offers", () => {
    const a = entry("a", flat({ base: 100_000 }, 4));
    // B pays 120k, 60k, 60k: year 1 B +20k; running 200 against 180 after year 2; 300 against 240.
    const b = entry("b", [{ base: 120_000 }, { base: 60_000 }, { base: 60_000 }]);
    const result = compareOffers([a, b]);
    expect(result.horizon).toBe(3);
    expect(result.cumulative.at(-1)!.standings.map((s) => s.total)).toEqual([30_000_000, 24_000_000]);
    expect(result.differences[0]!.line).toBe(
      "B pays 20k more in year 1 because of a higher base (120k against 100k); A catches up in year 2 and leads by 60k over three years",
    );
  });

  it("refuses offers in two currencies and an empty list", () => {
    expect(() =>
      compareOffers([entry("a", flat({ base: 1 })), entry("b", flat({ base: 1 }), { currency: "EUR" })]),
    ).toThrow(Invalid);
    expect(() => compareOffers([])).toThrow(Invalid);
  });
});

describe("explainHeadline", () => {
  it("blames the cliff and a 5% first year", () => {
    // 200k base; a 200k grant on 5/15/40/40: 10k, 30k, 80k, 80k. Headline 200 + 200/4 = 250k.
    // Year 1 = 210k, 40k below. Vesting events: 50 of 1000 shares at month 12 (5%), the first at 12.
    const events = [
      { month: 12, shares: 50 },
      { month: 24, shares: 150 },
      { month: 30, shares: 200 },
      { month: 36, shares: 200 },
      { month: 42, shares: 200 },
      { month: 48, shares: 200 },
    ].map((event) => ({ ...event, source: "equity.0", value: event.shares * 20_000 }));
    const p = projectionOf(
      [10_000, 30_000, 80_000, 80_000].map((equity) => ({ base: 200_000, equity })),
      { annualized: 250_000, vestingEvents: events },
    );
    expect(explainHeadline(p)).toBe("Year 1 is 40k below the headline: the cliff and the 5% first-year vesting");
  });

  it("says a sign-on is paid at once while the headline spreads it", () => {
    // 200k base, 40k sign-on in year 1. Headline 200 + 40/4 = 210k; year 1 240k, 30k above.
    const p = projectionOf([{ base: 200_000, signOn: 40_000 }, ...flat({ base: 200_000 }, 3)], { annualized: 210_000 });
    expect(explainHeadline(p)).toBe(
      "Year 1 is 30k above the headline: the 40k sign-on is paid in year 1 (the headline spreads it over four years)",
    );
  });

  it("names front-loaded vesting, and a prorated bonus", () => {
    // 33/33/22/12 of a 100k grant with monthly events: 33k in year 1 against 25k: 8k above.
    const events = Array.from({ length: 48 }, (_, i) => ({
      month: i + 1,
      source: "equity.0",
      shares: [33, 33, 22, 12][Math.floor(i / 12)]!,
      value: 0,
    }));
    const p = projectionOf(
      [33_000, 33_000, 22_000, 12_000].map((equity) => ({ base: 100_000, equity })),
      { annualized: 125_000, vestingEvents: events },
    );
    expect(explainHeadline(p)).toBe("Year 1 is 8k above the headline: front-loaded vesting (33% in year 1)");
    // Half the first bonus: 100k base, 20k target, 10k in year 1 → 10k below a 120k headline.
    const q = projectionOf([{ base: 100_000, bonus: 10_000 }, ...flat({ base: 100_000, bonus: 20_000 }, 3)], {
      annualized: 120_000,
    });
    expect(explainHeadline(q)).toBe("Year 1 is 10k below the headline: a prorated first-year bonus");
  });

  it("says when year 1 matches the headline", () => {
    expect(explainHeadline(projectionOf(flat({ base: 150_000 }), { annualized: 150_000 }))).toBe(
      "Year 1 (150k) matches the headline",
    );
  });
});
