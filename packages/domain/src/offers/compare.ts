import { assertOneCurrency, commonHorizon, type CompareEntry } from "./compare-basics.js";
import { explainDifference, type DifferenceExplanation } from "./difference.js";
import { explainHeadline } from "./headline.js";

export interface PeriodStanding {
  id: string;
  total: number;
  /** The leader's total minus this one's: 0 for the leader (and anyone tied with it). */
  behind: number;
}

export interface PeriodComparison {
  /** 1-based year; for the steady row, the steady year's number. */
  year: number;
  steady: boolean;
  /** The highest total; on a tie, the first of the tied offers in input order. */
  leaderId: string;
  tied: boolean;
  standings: PeriodStanding[];
}

export interface OfferComparison {
  currency: string;
  /** Years both projections cover (the shortest horizon among them). */
  horizon: number;
  /** Years 1..horizon, then each offer's steady-state year (refreshers included). */
  years: PeriodComparison[];
  /** Running totals over years 1..horizon. */
  cumulative: PeriodComparison[];
  /** Each pair once, explained in one line. */
  differences: DifferenceExplanation[];
  /** Per offer, why year 1 differs from its annualized headline. */
  headlines: { id: string; line: string }[];
}

function standings(entries: readonly { id: string; total: number }[], year: number, steady: boolean): PeriodComparison {
  let leader = entries[0]!;
  for (const entry of entries) if (entry.total > leader.total) leader = entry;
  const tied = entries.filter((entry) => entry.total === leader.total).length > 1;
  return {
    year,
    steady,
    leaderId: leader.id,
    tied,
    standings: entries.map((entry) => ({ id: entry.id, total: entry.total, behind: leader.total - entry.total })),
  };
}

/**
 * Side by side: per year and per cumulative year the leader and how far each offer is behind it,
 * a one-line explanation for every pair, and each offer's year-1-versus-headline line.
 */
export function compareOffers(entries: readonly CompareEntry[]): OfferComparison {
  const currency = assertOneCurrency(entries);
  const horizon = commonHorizon(entries.map((entry) => entry.projection));
  const years: PeriodComparison[] = [];
  const cumulative: PeriodComparison[] = [];
  for (let year = 1; year <= horizon; year++) {
    years.push(
      standings(
        entries.map((entry) => ({ id: entry.id, total: entry.projection.years[year - 1]!.total })),
        year,
        false,
      ),
    );
    cumulative.push(
      standings(
        entries.map((entry) => ({ id: entry.id, total: entry.projection.cumulative[year - 1]!.total })),
        year,
        false,
      ),
    );
  }
  const steadyYears = entries.map((entry) => entry.projection.years.find((year) => year.steady));
  if (steadyYears.every((year) => year !== undefined)) {
    years.push(
      standings(
        entries.map((entry, index) => ({ id: entry.id, total: steadyYears[index]!.total })),
        horizon + 1,
        true,
      ),
    );
  }
  const differences: DifferenceExplanation[] = [];
  entries.forEach((a, i) => entries.slice(i + 1).forEach((b) => differences.push(explainDifference(a, b))));
  return {
    currency,
    horizon,
    years,
    cumulative,
    differences,
    headlines: entries.map((entry) => ({ id: entry.id, line: explainHeadline(entry.projection) })),
  };
}
