import { compInputSchema, fromMinorUnits, projectComp, type CompInputJson, type Offer } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import {
  bestIndexes,
  compareRows,
  cumulativePoints,
  sentenceNames,
  topPairs,
  yearBars,
  type CompareColumn,
} from "../src/features/offers/compare-data";
import { defaultCompareCurrency, offerName, viewOffer } from "../src/features/offers/use-offers-view";

const project = (comp: CompInputJson) => projectComp(compInputSchema.parse(comp));

// A: 100k base and a 40k sign-on in year 1. B: 110k base, no sign-on. C: 90k base, 80k RSUs 25%/year.
const A = project({ currency: "USD", base: 100_000, signOn: [{ amount: 40_000, year: 1 }] });
const B = project({ currency: "USD", base: 110_000 });
const C = project({
  currency: "USD",
  base: 90_000,
  equity: [{ kind: "rsu", grantValue: 80_000, schedule: "4y-monthly-no-cliff" }],
});
const column = (id: string, projection = A, comparable = true): CompareColumn => ({ id, projection, comparable });

describe("best figure per row", () => {
  it("marks the highest, every tied one, and nothing when all are equal", () => {
    expect(bestIndexes([3, 7, 5], [true, true, true])).toEqual([1]);
    expect(bestIndexes([7, 7, 5], [true, true, true])).toEqual([0, 1]);
    expect(bestIndexes([4, 4], [true, true])).toEqual([]);
  });

  it("leaves out a column that cannot be compared", () => {
    expect(bestIndexes([3, 900, 5], [true, false, true])).toEqual([2]);
    expect(bestIndexes([3, 900], [true, false])).toEqual([]);
  });
});

describe("the comparison table", () => {
  const rows = compareRows([column("a", A), column("b", B), column("c", C)]);
  const row = (key: string) => rows.find((r) => r.key === key)!;

  it("lists years, the headline after year 1, totals, the steady year and the components", () => {
    expect(rows.map((r) => r.key)).toEqual([
      "year1",
      "headline",
      "year2",
      "year3",
      "year4",
      "total",
      "steady",
      "base",
      "bonus",
      "signOn",
      "equity",
      "other",
    ]);
  });

  it("takes each figure from the projection and ranks it", () => {
    // Year 1: A 140k, B 110k, C 90k + 20k = 110k.
    expect(row("year1").values).toEqual([A.years[0]!.total, B.years[0]!.total, C.years[0]!.total]);
    expect(row("year1").values.map((v) => fromMinorUnits(v, "USD"))).toEqual([140_000, 110_000, 110_000]);
    expect(row("year1").best).toEqual([0]);
    // Four years: A 440k, B 440k, C 440k: no best.
    expect(row("total").values.map((v) => fromMinorUnits(v, "USD"))).toEqual([440_000, 440_000, 440_000]);
    expect(row("total").best).toEqual([]);
    // Year 2: B's 110k beats A's 100k and C's 110k ties it.
    expect(row("year2").best).toEqual([1, 2]);
    expect(row("equity").best).toEqual([2]);
  });

  it("shows the headline without ranking it", () => {
    expect(row("headline").values).toEqual([A.annualized, B.annualized, C.annualized]);
    expect(row("headline").best).toEqual([]);
  });
});

describe("chart data", () => {
  it("stacks each year's components to its total, in major units", () => {
    const bars = yearBars(A);
    expect(bars.map((bar) => bar.year)).toEqual(["Y1", "Y2", "Y3", "Y4", "Y5*"]);
    bars.forEach((bar, index) => {
      expect(bar.base + bar.bonus + bar.signOn + bar.equity + bar.other).toBeCloseTo(
        fromMinorUnits(A.years[index]!.total, "USD"),
        6,
      );
    });
    expect(bars[0]!.signOn).toBe(40_000);
  });

  it("runs the cumulative lines from zero to each four-year total, one key per offer", () => {
    const points = cumulativePoints([A, C]);
    expect(points[0]).toEqual({ year: "Start", o0: 0, o1: 0 });
    expect(points.at(-1)).toEqual({ year: "Year 4", o0: 440_000, o1: 440_000 });
    expect(points[1]).toEqual({ year: "Year 1", o0: 140_000, o1: 110_000 });
  });
});

describe("which pairs get a sentence", () => {
  const D = project({ currency: "USD", base: 50_000 });
  it("pairs the top three by total, the leader first, and skips what cannot be compared", () => {
    const big = project({ currency: "USD", base: 500_000 });
    expect(
      topPairs([
        column("d", D),
        column("a", A),
        column("x", big, false),
        column("b", B),
        column("big2", project({ currency: "USD", base: 200_000 })),
      ]),
    ).toEqual([
      [4, 1],
      [4, 3],
      [1, 3],
    ]);
    expect(topPairs([column("a", A), column("x", B, false)])).toEqual([]);
  });

  it("names offers by company, with the role when a company has two", () => {
    expect(
      sentenceNames([
        { companyName: "Acme", roleTitle: "SRE" },
        { companyName: "Acme", roleTitle: "Backend" },
        { companyName: "Globex", roleTitle: "Backend" },
      ]),
    ).toEqual(["Acme (SRE)", "Acme (Backend)", "Globex"]);
  });
});

describe("offers in the compare currency", () => {
  const offer = (comp: CompInputJson, exchangeRate: number | null) =>
    ({
      id: "o",
      applicationId: "a",
      companyName: "Acme",
      roleTitle: "A very long staff platform engineering role",
      comp,
      exchangeRate,
    }) as Offer;

  it("keeps an offer in the compare currency as it is", () => {
    const view = viewOffer(offer({ currency: "USD", base: 100_000 }, null), "USD")!;
    expect(view.needsRate).toBe(false);
    expect(view.projection).toEqual(project({ currency: "USD", base: 100_000 }));
  });

  it("converts at the offer's rate: one unit of its currency in the compare currency", () => {
    const view = viewOffer(offer({ currency: "EUR", base: 100_000 }, 1.1), "USD")!;
    expect(view.projection.currency).toBe("USD");
    expect(fromMinorUnits(view.projection.years[0]!.total, "USD")).toBeCloseTo(110_000, 6);
  });

  it("leaves an offer without a rate in its own currency and says it needs one", () => {
    const view = viewOffer(offer({ currency: "EUR", base: 100_000 }, null), "USD")!;
    expect(view).toMatchObject({ needsRate: true, projection: { currency: "EUR" } });
  });

  it("shortens long roles in the name", () => {
    expect(offerName({ companyName: "Acme", roleTitle: "A very long staff platform engineering role" })).toBe(
      "Acme — A very long staff platform…",
    );
  });

  it("compares in the user's currency, else the one most offers use", () => {
    const offers = [
      offer({ currency: "EUR", base: 1 }, null),
      offer({ currency: "GBP", base: 1 }, null),
      offer({ currency: "GBP", base: 1 }, null),
    ];
    expect(defaultCompareCurrency("CHF", offers)).toBe("CHF");
    expect(defaultCompareCurrency(null, offers)).toBe("GBP");
    expect(defaultCompareCurrency(null, [])).toBe("USD");
  });
});
