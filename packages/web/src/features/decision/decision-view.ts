import {
  CRITERION_LABELS,
  DECISION_CRITERIA,
  RED_FLAG_LABELS,
  SCORED_CRITERIA,
  decide,
  fromMinorUnits,
  moneyFigures,
  type DecisionCriterion,
  type DecisionResult,
  type OfferScores,
  type Projection,
  type RedFlag,
} from "@loopwise/domain";
import type { DecisionViewModel, MatrixRow, SensitivityLine } from "./matrix-types";
import { compactMoney, exactMoney } from "../../lib/money";

/** What the Decide tab needs of an offer (an `OfferView` fits). */
export interface DecisionEntry {
  offer: {
    id: string;
    companyName: string;
    roleTitle: string;
    scores: OfferScores;
    redFlags: { flag: RedFlag; count: number }[];
  };
  projection: Projection;
}

const SCORED = new Set<DecisionCriterion>(SCORED_CRITERIA);
const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The matrix, totals and sensitivity sentences for the offers under the weights; null with no
 * offers. Computed in the browser on every weight or score change.
 */
export function decisionView(
  entries: readonly DecisionEntry[],
  weights: Record<DecisionCriterion, number>,
): DecisionViewModel | null {
  if (entries.length === 0) return null;
  const result = decide(
    entries.map(({ offer, projection }) => ({
      id: offer.id,
      name: offer.companyName,
      projection,
      scores: offer.scores,
      redFlags: offer.redFlags.reduce((sum, flag) => sum + flag.count, 0),
    })),
    weights,
  );
  const tied = entries.length > 1 && result.tied;
  const winnerId = entries.length > 1 && !tied ? result.winnerId : null;
  const nameOf = (id: string | null) => result.offers.find((row) => row.id === id)?.name ?? "";
  return {
    offers: result.offers.map((row, index) => ({
      id: row.id,
      company: row.name,
      role: entries[index]!.offer.roleTitle,
      total: row.score * 100,
      rank: row.rank,
      winner: row.id === winnerId,
    })),
    rows: DECISION_CRITERIA.map((criterion) => matrixRow(criterion, entries, result)),
    sensitivity: tied ? [] : sensitivityLines(result),
    robust: result.sensitivity.weights.filter((w) => w.nearest === null).map((w) => CRITERION_LABELS[w.criterion]),
    tied: tied ? [nameOf(result.winnerId), nameOf(result.runnerUpId)] : null,
    missingScores: result.missing.length,
  };
}

function matrixRow(criterion: DecisionCriterion, entries: readonly DecisionEntry[], result: DecisionResult): MatrixRow {
  const best = Math.max(...result.offers.map((row) => row.values[criterion].value));
  return {
    criterion,
    label:
      criterion === "money_four_years" && result.horizon !== 4
        ? `Money over ${result.horizon} years`
        : CRITERION_LABELS[criterion],
    weight: result.weights[criterion],
    scored: SCORED.has(criterion),
    cells: result.offers.map((row, index) => {
      const entry = entries[index]!;
      const { value, missing } = row.values[criterion];
      const figure = rawFigure(criterion, entry, result.horizon);
      return {
        offerId: row.id,
        value: missing ? null : value,
        raw: figure.raw,
        detail: figure.detail,
        missing,
        best: entries.length > 1 && !missing && value === best && value > 0,
        score: SCORED.has(criterion) ? entry.offer.scores[criterion as keyof OfferScores] : undefined,
      };
    }),
  };
}

/** The figure a criterion's value comes from: "$312k", "4 / 5", "2 flags". */
export function rawFigure(
  criterion: DecisionCriterion,
  entry: DecisionEntry,
  horizon: number,
): { raw: string; detail?: string } {
  const { projection, offer } = entry;
  const money = (minor: number, what: string) => {
    const major = fromMinorUnits(minor, projection.currency);
    return {
      raw: compactMoney(major, projection.currency),
      detail: `${what}: ${exactMoney(major, projection.currency)}`,
    };
  };
  const figures = moneyFigures(projection, horizon);
  switch (criterion) {
    case "money_year1":
      return money(figures.yearOne, "Total in year 1");
    case "money_four_years":
      return money(figures.horizon, `Total over ${horizon} years`);
    case "equity_upside":
      return money(
        figures.upside,
        projection.scenarios ? `Equity over ${horizon} years in the high case` : `Equity over ${horizon} years`,
      );
    case "red_flags": {
      const count = offer.redFlags.reduce((sum, flag) => sum + flag.count, 0);
      const noted = offer.redFlags.map(({ flag, count: times }) =>
        times > 1 ? `${RED_FLAG_LABELS[flag]} (×${times})` : RED_FLAG_LABELS[flag],
      );
      return {
        raw: count === 0 ? "none" : count === 1 ? "1 flag" : `${count} flags`,
        detail: count === 0 ? "No red flags noted in its interviews" : `Noted in its interviews: ${noted.join(", ")}`,
      };
    }
    default: {
      const score = offer.scores[criterion];
      return { raw: score === undefined ? "not scored" : `${score} / 5` };
    }
  }
}

/** Every change that would give another offer the win, as a sentence, smallest change first. */
export function sensitivityLines(result: DecisionResult): SensitivityLine[] {
  if (result.offers.length < 2 || result.winnerId === null) return [];
  const name = (id: string) => result.offers.find((row) => row.id === id)?.name ?? "another offer";
  const lines: SensitivityLine[] = [];
  for (const weight of result.sensitivity.weights) {
    const flip = weight.nearest;
    if (!flip) continue;
    // The slider moves in whole steps: the first whole weight past the crossing.
    const target = flip.direction === "up" ? Math.floor(flip.at) + 1 : Math.ceil(flip.at) - 1;
    lines.push({
      key: `weight-${weight.criterion}`,
      text: `If “${CRITERION_LABELS[weight.criterion]}” weighed ${target} instead of ${weight.weight}, ${name(flip.winnerId)} would win.`,
      size: Math.abs(target - weight.weight) / 10,
    });
  }
  const { down, up } = result.sensitivity.equity;
  if (down) {
    lines.push({
      key: "equity-down",
      text: `If the equity were worth less than ${round2(down.at)}× what you assume, ${name(down.winnerId)} would win.`,
      size: 1 - down.at,
    });
  }
  if (up) {
    lines.push({
      key: "equity-up",
      text: `If the equity were worth more than ${round2(up.at)}× what you assume, ${name(up.winnerId)} would win.`,
      size: (up.at - 1) / 9,
    });
  }
  for (const score of result.sensitivity.scores) {
    if (score.needed === null) continue;
    const criterion = CRITERION_LABELS[score.criterion].toLowerCase();
    lines.push({
      key: `score-${score.criterion}`,
      text: `If you scored ${name(score.runnerUpId)}'s ${criterion} ${score.needed}${score.current === null ? " (not scored yet)" : ` instead of ${score.current}`}, ${name(score.runnerUpId)} would win.`,
      size: (score.needed - (score.current ?? 3)) / 4,
    });
  }
  return lines.sort((a, b) => a.size - b.size);
}
