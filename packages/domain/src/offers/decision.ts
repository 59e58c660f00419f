import { Invalid } from "../errors.js";
import { commonHorizon } from "./compare-basics.js";
import {
  criterionValues,
  MAX_WEIGHT,
  moneyFigures,
  type CriterionValue,
  type DecisionModel,
} from "./decision-values.js";
import {
  DECISION_CRITERIA,
  SCORED_CRITERIA,
  type DecisionCriterion,
  type OfferScores,
  type ScoredCriterion,
} from "./records.js";
import type { Projection } from "./projection-types.js";
import {
  equitySensitivity,
  scoreSensitivity,
  weightSensitivity,
  type EquitySensitivity,
  type ScoreSensitivity,
  type WeightSensitivity,
} from "./decision-sensitivity.js";

export interface DecisionOfferInput {
  id: string;
  name: string;
  /** In the comparison currency. */
  projection: Projection;
  scores: OfferScores;
  /** Red flags noted in this application's interviews. */
  redFlags: number;
}

export interface DecisionRow {
  id: string;
  name: string;
  values: Record<DecisionCriterion, CriterionValue>;
  /** Weighted points per criterion: weight × value. */
  contributions: Record<DecisionCriterion, number>;
  /** Sum of the contributions. */
  points: number;
  /** points over the sum of the weights: 0..1 (0 when every weight is 0). */
  score: number;
  /** 1 for the winner. */
  rank: number;
}

export interface DecisionResult {
  horizon: number;
  weights: Record<DecisionCriterion, number>;
  /** In input order. */
  offers: DecisionRow[];
  /** Ids, best first; ties keep input order. */
  ranking: string[];
  winnerId: string | null;
  runnerUpId: string | null;
  /** The winner's points equal the runner-up's: the first of them in input order is named winner. */
  tied: boolean;
  /** Scores the user has not given, counted as neutral. */
  missing: { id: string; criterion: ScoredCriterion }[];
  sensitivity: {
    weights: WeightSensitivity[];
    equity: EquitySensitivity;
    scores: ScoreSensitivity[];
  };
}

function checkWeights(weights: Record<DecisionCriterion, number>) {
  for (const criterion of DECISION_CRITERIA) {
    const weight = weights[criterion];
    if (!Number.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) {
      throw new Invalid("weights must be 0 to 10", { [`weights.${criterion}`]: "must be 0 to 10" });
    }
  }
}

/**
 * The weighted decision matrix. Each criterion gives every offer a value from 0 to 1: money in
 * year 1, money over the horizon and equity upside as the offer's figure over the best offer's
 * (the best gets 1, one paying 80% of it 0.8); red flags as 1 less a quarter per flag (0 from four);
 * 1-5 scores as (s − 1) / 4, a missing score as 0.5 (and listed). An offer's points are the sum of
 * weight × value; its score is the points over the sum of weights. The winner has the most points;
 * the sensitivity says which weight, equity value or runner-up score would change that.
 */
export function decide(
  offers: readonly DecisionOfferInput[],
  weights: Record<DecisionCriterion, number>,
): DecisionResult {
  checkWeights(weights);
  if (offers.length === 0) {
    return {
      horizon: 0,
      weights,
      offers: [],
      ranking: [],
      winnerId: null,
      runnerUpId: null,
      tied: false,
      missing: [],
      sensitivity: { weights: [], equity: { down: null, up: null, line: "" }, scores: [] },
    };
  }
  const horizon = commonHorizon(offers.map((offer) => offer.projection));
  const model: DecisionModel = {
    weights,
    offers: offers.map((offer) => ({
      id: offer.id,
      name: offer.name,
      money: moneyFigures(offer.projection, horizon),
      scores: offer.scores,
      redFlags: offer.redFlags,
    })),
  };
  const values = criterionValues(model.offers, SCORED_CRITERIA);
  const weightSum = DECISION_CRITERIA.reduce((sum, criterion) => sum + weights[criterion], 0);
  const rows = offers.map((offer, index) => {
    const contributions = Object.fromEntries(
      DECISION_CRITERIA.map((criterion) => [criterion, weights[criterion] * values[index]![criterion].value]),
    ) as Record<DecisionCriterion, number>;
    const points = DECISION_CRITERIA.reduce((sum, criterion) => sum + contributions[criterion], 0);
    return { id: offer.id, name: offer.name, values: values[index]!, contributions, points, score: 0, rank: 0 };
  });
  const order = rows.map((_, index) => index).sort((i, j) => rows[j]!.points - rows[i]!.points || i - j);
  order.forEach((rowIndex, position) => {
    const row = rows[rowIndex]!;
    row.rank = position + 1;
    row.score = weightSum > 0 ? row.points / weightSum : 0;
  });
  const winner = rows[order[0]!]!;
  const runnerUp = order.length > 1 ? rows[order[1]!]! : null;
  return {
    horizon,
    weights,
    offers: rows,
    ranking: order.map((index) => rows[index]!.id),
    winnerId: winner.id,
    runnerUpId: runnerUp?.id ?? null,
    tied: runnerUp !== null && runnerUp.points === winner.points,
    missing: rows.flatMap((row) =>
      SCORED_CRITERIA.filter((criterion) => row.values[criterion].missing).map((criterion) => ({
        id: row.id,
        criterion,
      })),
    ),
    sensitivity: {
      weights: weightSensitivity(model),
      equity: equitySensitivity(model),
      scores: scoreSensitivity(model),
    },
  };
}
