import {
  DEFAULT_WEIGHTS,
  compInputSchema,
  projectComp,
  type CompInputJson,
  type DecisionCriterion,
  type OfferScores,
} from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { decisionView, type DecisionEntry } from "../src/features/decision/decision-view";

function entry(id: string, comp: CompInputJson, scores: OfferScores = {}, redFlags = 0): DecisionEntry {
  return {
    offer: {
      id,
      companyName: id,
      roleTitle: "Engineer",
      scores,
      redFlags: redFlags ? [{ flag: "long_hours", count: redFlags }] : [],
    },
    projection: projectComp(compInputSchema.parse(comp)),
  };
}

const only = (criterion: DecisionCriterion, weight = 10) =>
  Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((c) => [c, c === criterion ? weight : 0])) as Record<
    DecisionCriterion,
    number
  >;

// Two cash-only offers: A pays 200k a year, B 160k. B's growth is scored 5, A's 1.
const a = entry("A", { currency: "USD", base: 200_000 }, { growth: 1 });
const b = entry("B", { currency: "USD", base: 160_000 }, { growth: 5 }, 2);

describe("the decision matrix the Decide tab draws", () => {
  it("is empty without offers", () => {
    expect(decisionView([], DEFAULT_WEIGHTS)).toBeNull();
  });

  it("shows each criterion's raw figure and a 0..1 value, and marks the best", () => {
    const model = decisionView([a, b], DEFAULT_WEIGHTS)!;
    const year1 = model.rows.find((row) => row.criterion === "money_year1")!;
    expect(year1.cells.map((cell) => cell.raw)).toEqual(["$200k", "$160k"]);
    // Money is relative to the best offer: 160k / 200k = 0.8.
    expect(year1.cells.map((cell) => cell.value)).toEqual([1, 0.8]);
    expect(year1.cells.map((cell) => cell.best)).toEqual([true, false]);
    const flags = model.rows.find((row) => row.criterion === "red_flags")!;
    expect(flags.cells.map((cell) => cell.raw)).toEqual(["none", "2 flags"]);
    const growth = model.rows.find((row) => row.criterion === "growth")!;
    expect(growth.scored).toBe(true);
    expect(growth.cells.map((cell) => [cell.raw, cell.score, cell.value])).toEqual([
      ["1 / 5", 1, 0],
      ["5 / 5", 5, 1],
    ]);
  });

  it("shows a missing score as missing, with no bar", () => {
    const model = decisionView([a, b], DEFAULT_WEIGHTS)!;
    const team = model.rows.find((row) => row.criterion === "team_manager")!;
    expect(team.cells.every((cell) => cell.missing && cell.value === null && cell.raw === "not scored")).toBe(true);
  });

  it("follows the weights: money alone picks A, growth alone picks B", () => {
    const money = decisionView([a, b], only("money_year1"))!;
    expect(money.offers.find((offer) => offer.winner)?.id).toBe("A");
    // A scores 10 × 1 of 10 = 100, B 10 × 0.8 of 10 = 80.
    expect(money.offers.map((offer) => Math.round(offer.total))).toEqual([100, 80]);
    expect(decisionView([a, b], only("growth"))!.offers.find((offer) => offer.winner)?.id).toBe("B");
  });

  it("names no winner for a single offer", () => {
    const model = decisionView([a], DEFAULT_WEIGHTS)!;
    expect(model.offers.some((offer) => offer.winner)).toBe(false);
    expect(model.sensitivity).toEqual([]);
  });

  it("says which whole weight would flip the winner, and that weight really flips it", () => {
    // Money in year 1 at 10 and growth at 1: A = 10 × 1 + 1 × 0 = 10, B = 10 × 0.8 + 1 × 1 = 9. A wins.
    const weights = { ...only("money_year1"), growth: 1 };
    const model = decisionView([a, b], weights)!;
    expect(model.offers.find((offer) => offer.winner)?.id).toBe("A");
    const line = model.sensitivity.find((l) => l.key === "weight-growth")!;
    // B catches up when growth weighs 2 (10 = 8 + 2, a tie); 3 is the first whole weight past it.
    expect(line.text).toBe("If “Growth” weighed 3 instead of 1, B would win.");
    expect(decisionView([a, b], { ...weights, growth: 3 })!.offers.find((offer) => offer.winner)?.id).toBe("B");
    // At 2 they tie: no winner is named.
    expect(decisionView([a, b], { ...weights, growth: 2 })!.tied).toEqual(["A", "B"]);
  });

  it("sorts the changes smallest first and lists the criteria no weight moves", () => {
    const model = decisionView([a, b], { ...only("money_year1"), growth: 1 })!;
    const sizes = model.sensitivity.map((line) => line.size);
    expect(sizes).toEqual([...sizes].sort((x, y) => x - y));
    // Both offers score "not scored" on team: its weight changes nothing.
    expect(model.robust).toContain("Team and manager");
  });

  it("names the red flags behind the count", () => {
    const flags = decisionView([a, b], DEFAULT_WEIGHTS)!.rows.find((row) => row.criterion === "red_flags")!;
    expect(flags.cells[1]!.detail).toMatch(/\(×2\)$/);
    expect(flags.cells[0]!.detail).toContain("No red flags");
  });

  it("counts the missing scores (five criteria, one scored each)", () => {
    expect(decisionView([a, b], DEFAULT_WEIGHTS)!.missingScores).toBe(8);
  });

  it("marks no winner on a tie and says who is tied", () => {
    const twin = entry("A2", { currency: "USD", base: 200_000 }, { growth: 1 });
    const model = decisionView([a, twin], DEFAULT_WEIGHTS)!;
    expect(model.offers.some((offer) => offer.winner)).toBe(false);
    expect(model.tied).toEqual(["A", "A2"]);
    expect(model.sensitivity).toEqual([]);
  });
});
