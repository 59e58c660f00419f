import { minorUnits } from "./amounts.js";
import type { CompInput } from "./comp-input.js";
import {
  eventValue,
  grantValueAtGrant,
  offerGrants,
  referenceSharePrice,
  refresherGrants,
  type EquitySource,
} from "./equity.js";
import { projectionNotes } from "./projection-notes.js";
import type { OptionFigures, ProjectedYear, Projection, VestingEventFigures, YearFigures } from "./projection-types.js";
import { equityByYear, equityScenarios } from "./scenarios.js";
import { clawbackCurve, signOnByYear, signOnPayments } from "./sign-on.js";

/**
 * The compensation model: what an offer pays, year by year, in integer minor units of
 * `comp.currency`. Every amount is converted once on the way in; after that all arithmetic is on
 * integers, rounded to the minor unit (half up) exactly where a percentage, a fraction or a price
 * applies:
 * - base: per year; each raise applies from the start of its year, compounding on the year
 *   before, rounded once per raise.
 * - bonus: round(base of the year × bonusTargetPercent / 100), times bonusFirstYearFraction in
 *   year 1 (inside the same rounding).
 * - sign-on: counted in the year it is paid; clawback: see `signOnOwed`.
 * - equity: each grant's vesting events (exact floored shares, see `vestUnits`), valued per event
 *   at the price of that month (`growthFactor`, compounding monthly at priceGrowthPercent, a
 *   constant price when omitted), rounded per event; options at the spread above the strike.
 *   Month m belongs to year ceil(m / 12).
 * - refreshers: a grant of annualValue at the start of every year from startYear through the
 *   steady year, each vesting on its schedule from its grant month.
 * - other: round(base × retirement match percent / 100), capped; other yearly benefits; the
 *   relocation in year 1.
 * - years: 1..years, then the steady year years + 1 (`steady: true`), projected the same way.
 *   Refreshers are at their full yearly rate there when startYear + their schedule's years − 1 ≤
 *   years + 1 (from year 2 on a four-year schedule, for four years); a note says when they are not.
 */
export function projectComp(comp: CompInput): Projection {
  const { currency, years } = comp;
  const horizon = years + 1;
  const money = (amount: number) => minorUnits(amount, currency);

  const bases = yearlyBases(comp, horizon);
  const bonuses = bases.map((base, index) =>
    bonusFor(base, comp.bonusTargetPercent ?? 0, index === 0 ? (comp.bonusFirstYearFraction ?? 1) : 1),
  );
  const payments = signOnPayments(comp);
  const signOns = signOnByYear(payments, horizon);
  const grants = offerGrants(comp);
  const sources: EquitySource[] = [...grants, ...refresherGrants(comp)];
  const growth = comp.priceGrowthPercent ?? 0;
  const equity = equityByYear(sources, horizon, (source, event) =>
    eventValue(source, event.shares, event.month, growth),
  );
  const other = otherByYear(comp, bases, money);

  const projected: ProjectedYear[] = bases.map((base, index) => {
    const figures = {
      base,
      bonus: bonuses[index]!,
      signOn: signOns[index]!,
      equity: equity[index]!,
      other: other[index]!,
    };
    return { year: index + 1, ...figures, total: totalOf(figures), steady: index + 1 === horizon };
  });
  const referencePrice = referenceSharePrice(comp);
  const scenarios = equityScenarios(
    comp,
    sources,
    projected.slice(0, years).map((year) => year.total - year.equity),
    referencePrice,
  );

  return {
    currency,
    years: projected,
    cumulative: runningSums(projected.slice(0, years)),
    annualized: annualizedOf(
      comp,
      bases[0]!,
      grants,
      payments.reduce((sum, payment) => sum + payment.amount, 0),
    ),
    vestingEvents: vestingEventsOf(sources, horizon * 12, growth),
    options: optionsOf(comp, grants),
    clawback: clawbackCurve(payments),
    scenarios: scenarios.scenarios,
    notes: [...projectionNotes(comp, sources), ...scenarios.notes],
  };
}

function yearlyBases(comp: CompInput, horizon: number): number[] {
  let base = minorUnits(comp.base, comp.currency);
  const bases: number[] = [];
  for (let year = 1; year <= horizon; year += 1) {
    for (const raise of comp.raises ?? []) {
      if (raise.year === year) base = Math.round((base * (100 + raise.percent)) / 100);
    }
    bases.push(base);
  }
  return bases;
}

/** The bonus of a year: round(base × percent / 100 × fraction). */
export function bonusFor(base: number, percent: number, fraction: number): number {
  return Math.round((base * percent * fraction) / 100);
}

function otherByYear(comp: CompInput, bases: number[], money: (amount: number) => number): number[] {
  const cap = comp.retirementMatch?.cap === undefined ? Infinity : money(comp.retirementMatch.cap);
  const yearly = (comp.otherYearly ?? []).reduce((sum, item) => sum + money(item.amount), 0);
  const relocation = comp.relocation === undefined ? 0 : money(comp.relocation);
  return bases.map((base, index) => {
    const match = comp.retirementMatch ? Math.min(Math.round((base * comp.retirementMatch.percent) / 100), cap) : 0;
    return match + yearly + (index === 0 ? relocation : 0);
  });
}

function totalOf(figures: Omit<YearFigures, "year" | "total">): number {
  return figures.base + figures.bonus + figures.signOn + figures.equity + figures.other;
}

/** cumulative[i] = the sum of years 1..i+1, field by field. */
function runningSums(years: ProjectedYear[]): YearFigures[] {
  const running: YearFigures = { year: 0, base: 0, bonus: 0, signOn: 0, equity: 0, other: 0, total: 0 };
  return years.map((year) => {
    running.year = year.year;
    running.base += year.base;
    running.bonus += year.bonus;
    running.signOn += year.signOn;
    running.equity += year.equity;
    running.other += year.other;
    running.total += year.total;
    return { ...running };
  });
}

/**
 * The offer-letter headline: year-1 base + each grant's value at its grant price spread over its
 * vesting years (last event month / 12), each rounded + the full target bonus on year-1 base +
 * total sign-on / 4, rounded. Refreshers, raises, growth and other pay are not in it: it is the
 * number the offer quotes, not a forecast.
 */
function annualizedOf(comp: CompInput, base: number, grants: EquitySource[], signOnTotal: number): number {
  const equity = grants.reduce(
    (sum, grant) => sum + (grant.endMonth > 0 ? Math.round((grantValueAtGrant(grant) * 12) / grant.endMonth) : 0),
    0,
  );
  return base + equity + bonusFor(base, comp.bonusTargetPercent ?? 0, 1) + Math.round(signOnTotal / 4);
}

/** Every vesting event up to `lastMonth`, by month (grants in their order within a month). */
function vestingEventsOf(sources: EquitySource[], lastMonth: number, growth: number): VestingEventFigures[] {
  const events: VestingEventFigures[] = [];
  for (const source of sources) {
    for (const event of source.events) {
      if (event.month > lastMonth) continue;
      events.push({
        month: event.month,
        source: source.source,
        shares: event.shares,
        value: eventValue(source, event.shares, event.month, growth),
      });
    }
  }
  // Array sort is stable: within a month the grants keep their order.
  return events.sort((a, b) => a.month - b.month);
}

function optionsOf(comp: CompInput, grants: EquitySource[]): OptionFigures[] {
  const options: OptionFigures[] = [];
  (comp.equity ?? []).forEach((grant, index) => {
    const source = grants[index];
    if (grant.kind !== "option" || !source) return;
    options.push({
      source: source.source,
      shares: source.units,
      strike: source.strike,
      sharePrice: source.price,
      exerciseCost: source.units * source.strike,
      intrinsicValue: grantValueAtGrant(source),
      underwater: source.strike > source.price,
      exerciseWindowMonths: grant.exerciseWindowMonths ?? null,
    });
  });
  return options;
}
