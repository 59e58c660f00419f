/**
 * What the compensation model answers. Domain figures are integer minor units of the offer's
 * currency; the API converts them to major units (see `projectionToMajor`).
 */

export interface YearFigures {
  /** 1-based; the last entry (years + 1) is the steady-state year, with refreshers. */
  year: number;
  base: number;
  bonus: number;
  signOn: number;
  equity: number;
  /** Retirement match, other yearly benefits, relocation (year 1). */
  other: number;
  total: number;
}

export interface ProjectedYear extends YearFigures {
  steady: boolean;
}

export interface VestingEventFigures {
  month: number;
  /** Which grant: "equity.0", "equity.1", ... or "refresher.2" (granted at the start of year 2). */
  source: string;
  shares: number;
  /** Value at that month's price (options: the spread above the strike, never below zero). */
  value: number;
}

export interface OptionFigures {
  source: string;
  shares: number;
  strike: number;
  sharePrice: number;
  /** Cost to exercise every option of the grant: shares × strike. */
  exerciseCost: number;
  /** Spread at the current price, zero when underwater. */
  intrinsicValue: number;
  underwater: boolean;
  exerciseWindowMonths: number | null;
}

export interface ClawbackPoint {
  /** Leaving at the end of this month (0 = before the first month ends). */
  month: number;
  owed: number;
}

export interface ScenarioFigures {
  /** Equity value per projected year under the case, and total comp with it. */
  equity: number[];
  total: number[];
  /** Four-year (or `years`) total under the case. */
  sum: number;
}

export interface Projection {
  currency: string;
  /** Years 1..years, then the steady-state year years + 1. */
  years: ProjectedYear[];
  /** Running sums over years 1..years (the steady year is not added). */
  cumulative: YearFigures[];
  /** base + grant / vesting years + target bonus + total sign-on / 4, as offer letters quote it. */
  annualized: number;
  vestingEvents: VestingEventFigures[];
  options: OptionFigures[];
  /** Sign-on owed back when leaving at the end of each month, until nothing is owed. */
  clawback: ClawbackPoint[];
  /** Low / expected / high equity cases, when the input has an outlook. */
  scenarios: { low: ScenarioFigures; expected: ScenarioFigures; high: ScenarioFigures } | null;
  /** Plain sentences about the input the user should know ("the options are underwater at 3.00"). */
  notes: string[];
}
