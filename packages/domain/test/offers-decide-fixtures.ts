import type { Projection, ProjectedYear, VestingEventFigures, YearFigures } from "../src/index.js";

/** A year's components in major units; missing ones are 0. */
export interface YearParts {
  base?: number;
  bonus?: number;
  signOn?: number;
  equity?: number;
  other?: number;
}

const PARTS = ["base", "bonus", "signOn", "equity", "other"] as const;

function figures(year: number, parts: YearParts, unit: number): YearFigures {
  const minor = Object.fromEntries(PARTS.map((part) => [part, Math.round((parts[part] ?? 0) * unit)])) as Record<
    (typeof PARTS)[number],
    number
  >;
  return { year, ...minor, total: PARTS.reduce((sum, part) => sum + minor[part], 0) };
}

/**
 * A projection built by hand from yearly parts in major units (cents ×100 for USD): the years
 * given, a steady year (the last year again unless given), running sums, and the annualized figure
 * (the mean of the years unless given).
 */
export function projectionOf(
  years: readonly YearParts[],
  options: {
    currency?: string;
    steady?: YearParts;
    annualized?: number;
    vestingEvents?: VestingEventFigures[];
    high?: number[];
  } = {},
): Projection {
  const currency = options.currency ?? "USD";
  const unit = currency === "JPY" ? 1 : 100;
  const projected: ProjectedYear[] = years.map((parts, index) => ({
    ...figures(index + 1, parts, unit),
    steady: false,
  }));
  projected.push({ ...figures(years.length + 1, options.steady ?? years.at(-1)!, unit), steady: true });
  const cumulative: YearFigures[] = [];
  for (const year of projected.slice(0, years.length)) {
    const previous = cumulative.at(-1);
    cumulative.push({
      year: year.year,
      base: (previous?.base ?? 0) + year.base,
      bonus: (previous?.bonus ?? 0) + year.bonus,
      signOn: (previous?.signOn ?? 0) + year.signOn,
      equity: (previous?.equity ?? 0) + year.equity,
      other: (previous?.other ?? 0) + year.other,
      total: (previous?.total ?? 0) + year.total,
    });
  }
  const mean = cumulative.at(-1)!.total / years.length;
  const high = options.high?.map((value) => Math.round(value * unit));
  return {
    currency,
    years: projected,
    cumulative,
    annualized: options.annualized === undefined ? Math.round(mean) : Math.round(options.annualized * unit),
    vestingEvents: options.vestingEvents ?? [],
    options: [],
    clawback: [],
    scenarios: high
      ? {
          low: { equity: high.map(() => 0), total: high.map(() => 0), sum: 0 },
          expected: { equity: high, total: high, sum: 0 },
          high: { equity: high, total: high, sum: high.reduce((sum, value) => sum + value, 0) },
        }
      : null,
    notes: [],
  };
}

/** Four equal years of the same parts. */
export function flat(parts: YearParts, years = 4): YearParts[] {
  return Array.from({ length: years }, () => ({ ...parts }));
}
