import { formatPercent, minorUnits } from "./amounts.js";
import { FRACTION_TOLERANCE, type CompInput } from "./comp-input.js";
import { eventValue, exitValue, type EquitySource } from "./equity.js";
import type { ScenarioFigures } from "./projection-types.js";
import type { VestEvent } from "./vesting.js";

export type Scenarios = { low: ScenarioFigures; expected: ScenarioFigures; high: ScenarioFigures };

/** Equity vested in each of years 1..years (month m is in year ceil(m / 12)), valued by `valueOf`. */
export function equityByYear(
  sources: EquitySource[],
  years: number,
  valueOf: (source: EquitySource, event: VestEvent) => number,
): number[] {
  const byYear = new Array<number>(years).fill(0);
  for (const source of sources) {
    for (const event of source.events) {
      const year = Math.ceil(event.month / 12);
      if (year >= 1 && year <= years) byYear[year - 1]! += valueOf(source, event);
    }
  }
  return byYear;
}

function figures(equity: number[], nonEquity: number[]): ScenarioFigures {
  const total = equity.map((value, index) => value + (nonEquity[index] ?? 0));
  return { equity, total, sum: total.reduce((sum, value) => sum + value, 0) };
}

const sumOf = (values: number[]) => values.reduce((sum, value) => sum + value, 0);

/**
 * Low / expected / high equity over years 1..years, with the rest of the pay (`nonEquity`, per
 * year) unchanged.
 * - growth: every grant re-valued with the case's yearly price growth (options at the spread).
 * - exits: each outcome's value per share applied to every share that vests; money grants convert
 *   at the company's share price (`referencePrice`) or stay at face value without one. Expected is
 *   Σ probability × value × (1 − risk discount), rounded per year; probabilities may sum below 1,
 *   the rest being worth nothing. Low is the worst outcome, or nothing at all when the
 *   probabilities leave room for failure; high is the best outcome. No discount on low or high:
 *   they are outcomes, not estimates.
 */
export function equityScenarios(
  comp: CompInput,
  sources: EquitySource[],
  nonEquity: number[],
  referencePrice: number | null,
): { scenarios: Scenarios | null; notes: string[] } {
  const outlook = comp.outlook;
  const years = comp.years;
  if (!outlook) return { scenarios: null, notes: [] };
  if (outlook.kind === "growth") {
    const at = (percent: number) =>
      figures(
        equityByYear(sources, years, (source, event) => eventValue(source, event.shares, event.month, percent)),
        nonEquity,
      );
    return {
      scenarios: { low: at(outlook.lowPercent), expected: at(outlook.expectedPercent), high: at(outlook.highPercent) },
      notes: [],
    };
  }
  const notes: string[] = [];
  const outcomes = outlook.outcomes.map((outcome) => {
    const valuePerShare = minorUnits(outcome.valuePerShare, comp.currency);
    return {
      probability: outcome.probability,
      equity: equityByYear(sources, years, (source, event) =>
        exitValue(source, event.shares, valuePerShare, referencePrice),
      ),
    };
  });
  const keep = 1 - outlook.riskDiscountPercent / 100;
  const expected = new Array<number>(years)
    .fill(0)
    .map((_, index) =>
      Math.round(outcomes.reduce((sum, outcome) => sum + outcome.probability * (outcome.equity[index] ?? 0), 0) * keep),
    );
  const ranked = [...outcomes].sort((a, b) => sumOf(a.equity) - sumOf(b.equity));
  const probabilityTotal = sumOf(outcomes.map((outcome) => outcome.probability));
  const failure = 1 - probabilityTotal > FRACTION_TOLERANCE;
  const low = failure ? new Array<number>(years).fill(0) : ranked[0]!.equity;
  const high = ranked[ranked.length - 1]!.equity;
  if (failure) {
    notes.push(
      `The exit outcomes cover ${formatPercent(probabilityTotal)} of the chances: the other ${formatPercent(1 - probabilityTotal)} is counted as worth nothing, so the low case has no equity.`,
    );
  }
  if (referencePrice === null && sources.some((source) => source.unit === "money")) {
    notes.push("Grants given in money have no share price to convert at, so the exit cases count them at face value.");
  }
  return {
    scenarios: { low: figures(low, nonEquity), expected: figures(expected, nonEquity), high: figures(high, nonEquity) },
    notes,
  };
}
