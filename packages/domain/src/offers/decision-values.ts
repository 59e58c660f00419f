import {
  DECISION_CRITERIA,
  SCORED_CRITERIA,
  type DecisionCriterion,
  type OfferScores,
  type ScoredCriterion,
} from "./records.js";
import type { Projection } from "./projection-types.js";

/** Red flags at which the red-flag criterion reaches 0: each flag costs a quarter, like one step on a 1-5 score. */
export const RED_FLAG_FLOOR = 4;
/** Weights run from 0 to this. */
export const MAX_WEIGHT = 10;
/** A missing 1-5 score counts as the middle of the scale. */
export const NEUTRAL_VALUE = 0.5;

/** The money figures a decision reads from a projection, split so equity can be scaled on its own. */
export interface MoneyFigures {
  yearOne: number;
  yearOneEquity: number;
  horizon: number;
  horizonEquity: number;
  /** High-case equity over the horizon when the projection has scenarios; else its projected equity. */
  upside: number;
}

export function moneyFigures(projection: Projection, horizon: number): MoneyFigures {
  const high = projection.scenarios?.high;
  return {
    yearOne: projection.years[0]!.total,
    yearOneEquity: projection.years[0]!.equity,
    horizon: projection.cumulative[horizon - 1]!.total,
    horizonEquity: projection.cumulative[horizon - 1]!.equity,
    upside: high
      ? high.equity.slice(0, horizon).reduce((sum, value) => sum + value, 0)
      : projection.cumulative[horizon - 1]!.equity,
  };
}

/** Each value over the best of them (the best scores 1); when the best is 0 or less, all score 1. */
export function relativeToBest(values: readonly number[]): number[] {
  const best = Math.max(...values);
  return values.map((value) => (best > 0 ? Math.max(0, value) / best : 1));
}

/** 1 with no red flags, a quarter less for each, 0 from RED_FLAG_FLOOR on. */
export function redFlagValue(count: number): number {
  return Math.max(0, 1 - Math.max(0, count) / RED_FLAG_FLOOR);
}

/** A 1-5 score on 0..1: (s − 1) / 4. */
export function scoreValue(score: number): number {
  return (score - 1) / 4;
}

export interface CriterionValue {
  /** 0..1, higher is better. */
  value: number;
  /** The user gave no score: the value is the neutral 0.5. */
  missing: boolean;
}

/** The 0..1 value of every criterion for every offer, equity scaled by `equityMultiplier`. */
export function criterionValues(
  offers: readonly { money: MoneyFigures; scores: OfferScores; redFlags: number }[],
  scored: readonly ScoredCriterion[],
  equityMultiplier = 1,
): Record<DecisionCriterion, CriterionValue>[] {
  const m = equityMultiplier;
  const yearOne = relativeToBest(offers.map(({ money }) => money.yearOne + (m - 1) * money.yearOneEquity));
  const horizon = relativeToBest(offers.map(({ money }) => money.horizon + (m - 1) * money.horizonEquity));
  const upside = relativeToBest(offers.map(({ money }) => m * money.upside));
  return offers.map((offer, index) => {
    const values = {
      money_year1: { value: yearOne[index]!, missing: false },
      money_four_years: { value: horizon[index]!, missing: false },
      equity_upside: { value: upside[index]!, missing: false },
      red_flags: { value: redFlagValue(offer.redFlags), missing: false },
    } as Record<DecisionCriterion, CriterionValue>;
    for (const criterion of scored) {
      const score = offer.scores[criterion];
      values[criterion] =
        score === undefined ? { value: NEUTRAL_VALUE, missing: true } : { value: scoreValue(score), missing: false };
    }
    return values;
  });
}

/** What the sensitivity solvers need: the offers' fixed figures and how to score them. */
export interface DecisionModel {
  offers: readonly { id: string; name: string; money: MoneyFigures; scores: OfferScores; redFlags: number }[];
  weights: Record<DecisionCriterion, number>;
}

/** Points per offer (Σ weight × value) with equity scaled by `equityMultiplier`. */
export function pointsOf(model: DecisionModel, equityMultiplier = 1): number[] {
  return criterionValues(model.offers, SCORED_CRITERIA, equityMultiplier).map((values) =>
    DECISION_CRITERIA.reduce((sum, criterion) => sum + model.weights[criterion] * values[criterion].value, 0),
  );
}

/** The index of the highest points; ties go to the earliest. */
export function leaderIndex(points: readonly number[]): number {
  let best = 0;
  points.forEach((value, index) => {
    if (value > points[best]!) best = index;
  });
  return best;
}
