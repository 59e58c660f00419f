import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decide,
  DECISION_CRITERIA,
  DEFAULT_WEIGHTS,
  Invalid,
  MAX_EQUITY_MULTIPLIER,
  moneyFigures,
  pointsOf,
  leaderIndex,
  SCORED_CRITERIA,
  type DecisionCriterion,
  type DecisionModel,
  type DecisionOfferInput,
  type OfferScores,
} from "../src/index.js";
import { flat, projectionOf } from "./offers-decide-fixtures.js";

const ZERO = Object.fromEntries(DECISION_CRITERIA.map((c) => [c, 0])) as Record<DecisionCriterion, number>;
const weightsOf = (some: Partial<Record<DecisionCriterion, number>>) => ({ ...ZERO, ...some });

const offer = (
  id: string,
  years: Parameters<typeof projectionOf>[0],
  scores: OfferScores = {},
  redFlags = 0,
  high?: number[],
): DecisionOfferInput => ({ id, name: id.toUpperCase(), projection: projectionOf(years, { high }), scores, redFlags });

describe("decide: worked examples", () => {
  // A: 200k a year (800k); growth 5; no red flags. B: 250k a year (1M); growth 2; one red flag.
  // Weights: year 1 = 2, four years = 4, red flags = 2, growth = 4 (sum 12).
  // A: 2 × 200/250 + 4 × 0.8 + 2 × 1 + 4 × (5 − 1)/4 = 1.6 + 3.2 + 2 + 4 = 10.8 → 10.8 / 12 = 0.9.
  // B: 2 × 1 + 4 × 1 + 2 × (1 − 1/4) + 4 × (2 − 1)/4 = 2 + 4 + 1.5 + 1 = 8.5 → 8.5 / 12 ≈ 0.708.
  const a = offer("a", flat({ base: 200_000 }), { growth: 5 });
  const b = offer("b", flat({ base: 250_000 }), { growth: 2 }, 1);
  const weights = weightsOf({ money_year1: 2, money_four_years: 4, red_flags: 2, growth: 4 });
  const result = decide([a, b], weights);

  it("normalises money by the best offer, red flags by a quarter each, scores as (s − 1) / 4", () => {
    const [ra, rb] = result.offers;
    expect(ra!.values.money_year1.value).toBeCloseTo(0.8, 12);
    expect(rb!.values.red_flags.value).toBe(0.75);
    expect(rb!.values.growth.value).toBe(0.25);
    expect(ra!.points).toBeCloseTo(10.8, 12);
    expect(rb!.points).toBeCloseTo(8.5, 12);
    expect(ra!.score).toBeCloseTo(0.9, 12);
    expect(rb!.score).toBeCloseTo(8.5 / 12, 12);
    expect(result).toMatchObject({ winnerId: "a", runnerUpId: "b", ranking: ["a", "b"], tied: false });
    expect(ra!.rank).toBe(1);
    expect(rb!.contributions.money_four_years).toBe(4);
  });

  it("counts a missing score as 0.5 and lists it", () => {
    expect(result.offers[0]!.values.level).toEqual({ value: 0.5, missing: true });
    // Growth is scored for both; the other four scored criteria are missing for each.
    expect(result.missing).toHaveLength(8);
    expect(result.missing).not.toContainEqual({ id: "a", criterion: "growth" });
  });

  it("solves the weight that flips the winner", () => {
    // Growth: A's rest 10.8 − 4 = 6.8, B's 8.5 − 1 = 7.5. A's slope 1, B's 0.25: they meet where
    // 6.8 + w = 7.5 + 0.25 w → w = 0.7 / 0.75 ≈ 0.933, below the current 4.
    const growth = result.sensitivity.weights.find((s) => s.criterion === "growth")!;
    expect(growth.down!.at).toBeCloseTo(0.7 / 0.75, 12);
    expect(growth.down!.winnerId).toBe("b");
    expect(growth.up).toBeNull();
    expect(growth.nearest).toMatchObject({ direction: "down", winnerId: "b" });
    expect(growth.line).toBe("Growth: lower it from 4 to below 0.93 and B wins");
    // Four years: A's rest 7.6 (slope 0.8), B's 4.5 (slope 1): they meet at w = 3.1 / 0.2 = 15.5 > 10.
    const fourYears = result.sensitivity.weights.find((s) => s.criterion === "money_four_years")!;
    expect(fourYears.nearest).toBeNull();
    expect(fourYears.line).toBe("Money over four years: no weight from 0 to 10 changes the winner");
  });

  it("solves the runner-up's score that would make it win", () => {
    // B needs 8.5 − 1 + 4 × v > 10.8 → v > 0.825 → s > 1 + 4 × 0.825 = 4.3: a 5.
    const growth = result.sensitivity.scores.find((s) => s.criterion === "growth")!;
    expect(growth.threshold).toBeCloseTo(4.3, 12);
    expect(growth).toMatchObject({ runnerUpId: "b", current: 2, needed: 5 });
    expect(growth.line).toBe("B wins with a growth score of 5 (now 2)");
    // Criteria weighted 0 cannot change anything and are left out.
    expect(result.sensitivity.scores.map((s) => s.criterion)).toEqual(["growth"]);
  });

  it("says no equity value changes a decision without equity", () => {
    expect(result.sensitivity.equity).toMatchObject({ up: null, down: null });
  });
});

describe("decide: equity value", () => {
  it("finds the multiplier under which the cash offer wins", () => {
    // A: 200k cash a year (800k). B: 150k cash + 50k equity a year (800k). Weights: four years 10,
    // growth 2; growth A 3 (0.5), B 4 (0.75). Now both 800k: A 10 + 1 = 11, B 10 + 1.5 = 11.5, B wins.
    // With equity × m below 1, B's four years is 600 + 200m against A's 800: B's points are
    // 10 × (600 + 200m) / 800 + 1.5, under A's 11 when 600 + 200m < 760 → m < 0.8.
    // Above 1 B is the best and A at most 10 + 1 = 11 < 11.5: nothing changes.
    const a = offer("a", flat({ base: 200_000 }), { growth: 3 });
    const b = offer("b", flat({ base: 150_000, equity: 50_000 }), { growth: 4 });
    const result = decide([a, b], weightsOf({ money_four_years: 10, growth: 2 }));
    expect(result.winnerId).toBe("b");
    expect(result.sensitivity.equity.down!.at).toBeCloseTo(0.8, 9);
    expect(result.sensitivity.equity.down!.winnerId).toBe("a");
    expect(result.sensitivity.equity.up).toBeNull();
    expect(result.sensitivity.equity.line).toBe("If the equity is worth less than 0.8× your estimate, A wins");
  });

  it("finds a crossing above 1 where both money criteria move (a quadratic)", () => {
    // A: 300k cash a year. B: 200k cash + 50k equity a year. Year 1 and four years weigh 5 each,
    // growth 1 with B at 5 (1) and A at 1 (0). Now A 10, B 10 × 250/300 + 1 ≈ 9.33: A wins. With
    // m ≥ 1 and B behind, B's value is (200 + 50m) / 300 in both: 10 × (200 + 50m) / 300 + 1 > 10
    // → 200 + 50m > 270 → m > 1.4 (B still behind A's 300 there).
    const a = offer("a", flat({ base: 300_000 }), { growth: 1 });
    const b = offer("b", flat({ base: 200_000, equity: 50_000 }), { growth: 5 });
    const result = decide([a, b], weightsOf({ money_year1: 5, money_four_years: 5, growth: 1 }));
    expect(result.winnerId).toBe("a");
    expect(result.sensitivity.equity.up!.at).toBeCloseTo(1.4, 9);
    expect(result.sensitivity.equity.up!.winnerId).toBe("b");
  });

  it("uses the high case of the scenarios for equity upside", () => {
    const a = offer("a", flat({ base: 200_000, equity: 10_000 }), {}, 0, [40_000, 40_000, 40_000, 40_000, 40_000]);
    const b = offer("b", flat({ base: 200_000, equity: 10_000 }));
    const result = decide([a, b], weightsOf({ equity_upside: 1 }));
    // A's upside 160k, B's 40k (its projected equity): 1 and 0.25.
    expect(result.offers.map((o) => o.values.equity_upside.value)).toEqual([1, 0.25]);
  });
});

describe("decide: edges", () => {
  it("ties keep input order and say so", () => {
    const a = offer("a", flat({ base: 100_000 }));
    const b = offer("b", flat({ base: 100_000 }));
    const result = decide([a, b], DEFAULT_WEIGHTS);
    expect(result).toMatchObject({ winnerId: "a", runnerUpId: "b", tied: true });
  });

  it("answers an empty list and a single offer without sensitivity", () => {
    expect(decide([], DEFAULT_WEIGHTS).winnerId).toBeNull();
    const single = decide([offer("a", flat({ base: 1 }))], DEFAULT_WEIGHTS);
    expect(single).toMatchObject({ winnerId: "a", runnerUpId: null });
    expect(single.sensitivity.weights).toEqual([]);
  });

  it("scores 0 when every weight is 0, and refuses weights outside 0-10", () => {
    expect(decide([offer("a", flat({ base: 1 }))], ZERO).offers[0]!.score).toBe(0);
    expect(() => decide([], { ...DEFAULT_WEIGHTS, growth: 11 })).toThrow(Invalid);
    expect(() => decide([], { ...DEFAULT_WEIGHTS, level: Number.NaN })).toThrow(Invalid);
  });
});

// Properties: the reported changes do flip the winner, and nothing short of them does.
const scoreArb = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined });
const offerArb = fc.record({
  years: fc.array(
    fc.record({
      base: fc.integer({ min: 0, max: 300 }).map((k) => k * 1000),
      equity: fc.integer({ min: 0, max: 200 }).map((k) => k * 1000),
    }),
    { minLength: 4, maxLength: 4 },
  ),
  scores: fc.record(Object.fromEntries(SCORED_CRITERIA.map((c) => [c, scoreArb])) as Record<string, typeof scoreArb>),
  redFlags: fc.integer({ min: 0, max: 5 }),
  high: fc.option(
    fc.integer({ min: 0, max: 300 }).map((k) => k * 1000),
    { nil: undefined },
  ),
});
const offersArb = fc.array(offerArb, { minLength: 2, maxLength: 4 }).map((list) =>
  list.map((o, i) => {
    const scores = Object.fromEntries(Object.entries(o.scores).filter(([, v]) => v !== undefined)) as OfferScores;
    return offer(
      `o${i}`,
      o.years,
      scores,
      o.redFlags,
      o.high === undefined ? undefined : [o.high, o.high, o.high, o.high, o.high],
    );
  }),
);
const weightsArb = fc.record(
  Object.fromEntries(DECISION_CRITERIA.map((c) => [c, fc.integer({ min: 0, max: 20 }).map((k) => k / 2)])) as Record<
    DecisionCriterion,
    fc.Arbitrary<number>
  >,
);

const winnerWith = (offers: DecisionOfferInput[], weights: Record<DecisionCriterion, number>) =>
  decide(offers, weights).winnerId;

function modelOf(offers: DecisionOfferInput[], weights: Record<DecisionCriterion, number>): DecisionModel {
  return {
    weights,
    offers: offers.map((o) => ({ ...o, money: moneyFigures(o.projection, 4) })),
  };
}

describe("decide: sensitivity properties", () => {
  it("a weight moved just past the reported crossing changes the winner; short of it does not", () => {
    fc.assert(
      fc.property(offersArb, weightsArb, fc.double({ min: 0.01, max: 0.99, noNaN: true }), (offers, weights, t) => {
        const result = decide(offers, weights);
        for (const s of result.sensitivity.weights) {
          const current = weights[s.criterion];
          for (const [flip, sign] of [
            [s.up, 1],
            [s.down, -1],
          ] as const) {
            const eps = 1e-6 * Math.max(1, flip?.at ?? 1);
            const end = sign > 0 ? 10 : 0;
            if (flip) {
              const past = flip.at + sign * eps;
              if (past >= 0 && past <= 10) {
                expect(winnerWith(offers, { ...weights, [s.criterion]: past })).toBe(flip.winnerId);
                expect(flip.winnerId).not.toBe(result.winnerId);
              }
              const short = current + t * (flip.at - current) - sign * eps * t;
              if ((short - current) * sign > 0) {
                expect(winnerWith(offers, { ...weights, [s.criterion]: short })).toBe(result.winnerId);
              }
            } else {
              // Nothing flips: anywhere between the current weight and the end of the range keeps the winner.
              const between = current + t * (end - current);
              const points = pointsOf(modelOf(offers, { ...weights, [s.criterion]: between }));
              const w = points[offers.findIndex((o) => o.id === result.winnerId)]!;
              expect(Math.max(...points)).toBeLessThanOrEqual(w + 1e-9 * Math.max(1, Math.abs(w)));
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("equity scaled just past the reported multiplier changes the winner; short of it does not", () => {
    fc.assert(
      fc.property(offersArb, weightsArb, fc.double({ min: 0.01, max: 0.99, noNaN: true }), (offers, weights, t) => {
        const result = decide(offers, weights);
        const model = modelOf(offers, weights);
        const winnerAt = (m: number) => offers[leaderIndex(pointsOf(model, m))]!.id;
        expect(winnerAt(1)).toBe(result.winnerId);
        const { up, down } = result.sensitivity.equity;
        if (up) {
          expect(winnerAt(up.at * (1 + 1e-6))).toBe(up.winnerId);
          expect(winnerAt(1 + t * (up.at - 1) * (1 - 1e-6))).toBe(result.winnerId);
        } else {
          const between = 1 + t * (MAX_EQUITY_MULTIPLIER - 1);
          const points = pointsOf(model, between);
          const w = points[offers.findIndex((o) => o.id === result.winnerId)]!;
          expect(Math.max(...points)).toBeLessThanOrEqual(w + 1e-9 * Math.max(1, w));
        }
        if (down) {
          expect(winnerAt(down.at * (1 - 1e-6))).toBe(down.winnerId);
          expect(winnerAt(1 - t * (1 - down.at) * (1 - 1e-6))).toBe(result.winnerId);
        } else {
          const between = Math.max(1e-3, 1 - t);
          const points = pointsOf(model, between);
          const w = points[offers.findIndex((o) => o.id === result.winnerId)]!;
          expect(Math.max(...points)).toBeLessThanOrEqual(w + 1e-9 * Math.max(1, w));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("the runner-up wins with the score it is told it needs, and not with one less", () => {
    fc.assert(
      fc.property(offersArb, weightsArb, (offers, weights) => {
        const result = decide(offers, weights);
        for (const s of result.sensitivity.scores) {
          const withScore = (score: number) =>
            winnerWith(
              offers.map((o) => (o.id === s.runnerUpId ? { ...o, scores: { ...o.scores, [s.criterion]: score } } : o)),
              weights,
            );
          if (s.needed === null) {
            expect(withScore(5)).not.toBe(s.runnerUpId);
          } else {
            expect(withScore(s.needed)).toBe(s.runnerUpId);
            if (s.needed - 1 >= 1 && s.needed - 1 > (s.current ?? 0))
              expect(withScore(s.needed - 1)).not.toBe(s.runnerUpId);
            expect(s.needed).toBeGreaterThanOrEqual(Math.floor(s.threshold));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("ranks by points, and every score is within 0..1", () => {
    fc.assert(
      fc.property(offersArb, weightsArb, (offers, weights) => {
        const result = decide(offers, weights);
        const byId = new Map(result.offers.map((o) => [o.id, o]));
        const points = result.ranking.map((id) => byId.get(id)!.points);
        for (let i = 1; i < points.length; i++) expect(points[i]!).toBeLessThanOrEqual(points[i - 1]!);
        for (const o of result.offers) {
          expect(o.score).toBeGreaterThanOrEqual(0);
          expect(o.score).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});
