import { Invalid } from "../errors.js";
import { currencyExponent, fromMinorUnits } from "../money.js";
import type { OptionFigures, Projection, ScenarioFigures, YearFigures } from "./projection-types.js";

/** Applies `money` to every money figure of a projection; share counts, months and notes stay. */
function mapMoney(p: Projection, currency: string, money: (value: number) => number): Projection {
  const year = <T extends YearFigures>(figures: T): T => ({
    ...figures,
    base: money(figures.base),
    bonus: money(figures.bonus),
    signOn: money(figures.signOn),
    equity: money(figures.equity),
    other: money(figures.other),
    total: money(figures.total),
  });
  const option = (figures: OptionFigures): OptionFigures => ({
    ...figures,
    strike: money(figures.strike),
    sharePrice: money(figures.sharePrice),
    exerciseCost: money(figures.exerciseCost),
    intrinsicValue: money(figures.intrinsicValue),
  });
  const scenario = (figures: ScenarioFigures): ScenarioFigures => ({
    equity: figures.equity.map(money),
    total: figures.total.map(money),
    sum: money(figures.sum),
  });
  return {
    currency,
    years: p.years.map(year),
    cumulative: p.cumulative.map(year),
    annualized: money(p.annualized),
    vestingEvents: p.vestingEvents.map((event) => ({ ...event, value: money(event.value) })),
    options: p.options.map(option),
    clawback: p.clawback.map((point) => ({ ...point, owed: money(point.owed) })),
    scenarios: p.scenarios && {
      low: scenario(p.scenarios.low),
      expected: scenario(p.scenarios.expected),
      high: scenario(p.scenarios.high),
    },
    notes: [...p.notes],
  };
}

/**
 * The projection in another currency at a user-entered `rate` (units of `currency` per unit of
 * the projection's currency): every money figure × rate, rounded half up to the target's minor
 * unit, each figure on its own (so totals may differ from the sum of converted parts by the
 * rounding). Share counts are untouched; notes keep the offer's own currency. Converting by r and
 * back by 1/r returns each figure within 0.5 + 0.5 / (r × 10^(target exponent − source exponent))
 * minor units.
 */
export function convertProjection(p: Projection, rate: number, currency: string): Projection {
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new Invalid("The exchange rate must be a number above 0", { rate: "must be a number above 0" });
  }
  const scale = rate * 10 ** (currencyExponent(currency) - currencyExponent(p.currency));
  return mapMoney(p, currency, (value) => Math.round(value * scale));
}

/** The projection in major units (dollars, not cents), as the API answers it. */
export function projectionToMajor(p: Projection): Projection {
  return mapMoney(p, p.currency, (value) => fromMinorUnits(value, p.currency));
}
