import { describe, expect, it } from "vitest";
import {
  compareOffers,
  compInputSchema,
  decide,
  DECISION_CRITERIA,
  explainHeadline,
  projectComp,
  type CompInputJson,
  type DecisionCriterion,
} from "../src/index.js";

/** Through the real model: the comparison lines for offers entered as a user would. */
const project = (comp: CompInputJson) => projectComp(compInputSchema.parse(comp));

// A: 180k base, 10% bonus (18k), a 200k grant on the 1-year cliff then monthly: 50k a year → 248k
//    in each of years 1-4, 992k in all. Headline 180 + 18 + 200/4 = 248k.
const acme = project({
  currency: "USD",
  base: 180_000,
  bonusTargetPercent: 10,
  equity: [{ kind: "rsu", grantValue: 200_000, schedule: "4y-cliff-monthly" }],
});
// B: 170k base, 17k bonus, a 200k grant on 33/33/22/12: 66k, 66k, 44k, 24k → 253, 253, 231, 211;
//    running 253, 506, 737, 948. Headline 170 + 17 + 50 = 237k.
const beta = project({
  currency: "USD",
  base: 170_000,
  bonusTargetPercent: 10,
  equity: [{ kind: "rsu", grantValue: 200_000, schedule: "33-33-22-12" }],
});
// C: 175k base, 50k sign-on in year 1, a 240k grant on 5/15/40/40: 12k, 36k, 96k, 96k →
//    237, 211, 271, 271. Headline 175 + 60 + 50/4 = 247.5k.
const gamma = project({
  currency: "USD",
  base: 175_000,
  signOn: [{ amount: 50_000, year: 1 }],
  equity: [{ kind: "rsu", grantValue: 240_000, schedule: "5-15-40-40" }],
});

describe("comparison through projectComp", () => {
  const comparison = compareOffers([
    { id: "a", name: "Acme", projection: acme },
    { id: "b", name: "Beta", projection: beta },
    { id: "c", name: "Gamma", projection: gamma },
  ]);

  it("names the front-loaded grant and the year Acme catches up", () => {
    // Year 1: Beta +5k (equity +16k against base −10k and bonus −1k). After year 3: Acme 744 > 737.
    // Over four years: 992 − 948 = 44k.
    expect(comparison.differences[0]!.line).toBe(
      "Beta pays 5k more in year 1 because of the front-loaded grant; Acme catches up in year 3 and leads by 44k over four years",
    );
  });

  it("leaders per year follow the model's totals", () => {
    expect(comparison.years.slice(0, 4).map((y) => y.leaderId)).toEqual(["b", "b", "c", "c"]);
    // Running totals after four years: Acme 992k, Beta 948k, Gamma 990k.
    expect(comparison.cumulative[3]!.standings.map((s) => s.total)).toEqual([99_200_000, 94_800_000, 99_000_000]);
  });

  it("explains each offer's year 1 against its headline", () => {
    expect(explainHeadline(acme)).toBe("Year 1 (248k) matches the headline");
    expect(explainHeadline(beta)).toBe("Year 1 is 16k above the headline: front-loaded vesting (33% in year 1)");
    // 237 − 247.5 = −10.5k: the 5% year (12k against 60k) outweighs the sign-on paid at once.
    expect(explainHeadline(gamma)).toBe("Year 1 is 10.5k below the headline: the cliff and the 5% first-year vesting");
  });

  it("decides between projected offers, money-only weights picking the richest over four years", () => {
    const only = (criterion: DecisionCriterion) =>
      Object.fromEntries(DECISION_CRITERIA.map((c) => [c, c === criterion ? 8 : 0])) as Record<
        DecisionCriterion,
        number
      >;
    const entries = [
      { id: "a", name: "Acme", projection: acme, scores: {}, redFlags: 0 },
      { id: "b", name: "Beta", projection: beta, scores: {}, redFlags: 0 },
      { id: "c", name: "Gamma", projection: gamma, scores: {}, redFlags: 0 },
    ];
    const result = decide(entries, only("money_four_years"));
    expect(result.ranking).toEqual(["a", "c", "b"]);
    // With year 1 weighted alone, Beta (253k) wins.
    expect(decide(entries, only("money_year1")).winnerId).toBe("b");
  });
});
