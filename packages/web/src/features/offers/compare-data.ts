import { COMP_COMPONENTS, fromMinorUnits, type CompComponent, type Projection } from "@loopwise/domain";

/**
 * The Compare tab's figures, shaped for the table and the charts. Projections come in minor
 * units of one currency; charts take major units (recharts draws plain numbers).
 */

export interface CompareColumn {
  id: string;
  projection: Projection;
  /** Left out of "best" and of the charts: its figures are in another currency. */
  comparable: boolean;
}

export interface CompareRow {
  key: string;
  label: string;
  /** Minor units per column. */
  values: number[];
  /** Columns holding the row's highest value among the comparable ones; none when all are equal, or for the headline. */
  best: number[];
  kind: "year" | "total" | "headline" | "component";
}

export const COMPONENT_LABELS: Record<CompComponent, string> = {
  base: "Base",
  bonus: "Bonus",
  signOn: "Sign-on",
  equity: "Equity",
  other: "Other",
};

/** Indexes of the largest value among the eligible columns; empty when they are all the same. */
export function bestIndexes(values: readonly number[], eligible: readonly boolean[]): number[] {
  const candidates = values.flatMap((value, index) => (eligible[index] ? [{ value, index }] : []));
  if (candidates.length < 2) return [];
  const top = Math.max(...candidates.map((c) => c.value));
  const bottom = Math.min(...candidates.map((c) => c.value));
  if (top === bottom) return [];
  return candidates.filter((c) => c.value === top).map((c) => c.index);
}

/** Years before the steady year that every column projects. */
export function sharedHorizon(columns: readonly CompareColumn[]): number {
  return Math.min(...columns.map((column) => column.projection.years.filter((year) => !year.steady).length));
}

export function compareRows(columns: readonly CompareColumn[]): CompareRow[] {
  if (columns.length === 0) return [];
  const eligible = columns.map((column) => column.comparable);
  const horizon = sharedHorizon(columns);
  const row = (key: string, label: string, kind: CompareRow["kind"], pick: (p: Projection) => number): CompareRow => {
    const values = columns.map((column) => pick(column.projection));
    // The headline is what the letter quotes, not money received: it is shown, not ranked.
    return { key, label, kind, values, best: kind === "headline" ? [] : bestIndexes(values, eligible) };
  };
  const rows: CompareRow[] = [];
  for (let year = 1; year <= horizon; year++) {
    rows.push(row(`year${year}`, `Year ${year}`, "year", (p) => p.years[year - 1]!.total));
    if (year === 1) rows.push(row("headline", "Annualized headline", "headline", (p) => p.annualized));
  }
  rows.push(row("total", `${horizon}-year total`, "total", (p) => p.cumulative[horizon - 1]!.total));
  rows.push(row("steady", `Steady year ${horizon + 1}`, "year", (p) => p.years.find((y) => y.steady)?.total ?? 0));
  for (const component of COMP_COMPONENTS) {
    rows.push(row(component, COMPONENT_LABELS[component], "component", (p) => p.cumulative[horizon - 1]![component]));
  }
  return rows;
}

export type YearBar = { year: string } & Record<CompComponent, number>;

/** One offer's years (and the steady year) by component, in major units. */
export function yearBars(projection: Projection): YearBar[] {
  const major = (minor: number) => fromMinorUnits(minor, projection.currency);
  return projection.years.map((year) => ({
    year: year.steady ? `Y${year.year}*` : `Y${year.year}`,
    base: major(year.base),
    bonus: major(year.bonus),
    signOn: major(year.signOn),
    equity: major(year.equity),
    other: major(year.other),
  }));
}

/** The tallest yearly bar among the offers, so their charts share one scale. */
export function tallestYear(projections: readonly Projection[]): number {
  let tallest = 0;
  for (const p of projections)
    for (const year of p.years) tallest = Math.max(tallest, fromMinorUnits(year.total, p.currency));
  return tallest;
}

/**
 * Running totals per year, one key per offer ("o0", "o1": offer names may hold dots, which
 * recharts reads as paths), starting from zero before the first day.
 */
export function cumulativePoints(projections: readonly Projection[]): Record<string, number | string>[] {
  if (projections.length === 0) return [];
  const horizon = Math.min(...projections.map((p) => p.cumulative.length));
  const points: Record<string, number | string>[] = [{ year: "Start" }];
  projections.forEach((_, index) => (points[0]![`o${index}`] = 0));
  for (let year = 1; year <= horizon; year++) {
    const point: Record<string, number | string> = { year: `Year ${year}` };
    projections.forEach((p, index) => (point[`o${index}`] = fromMinorUnits(p.cumulative[year - 1]!.total, p.currency)));
    points.push(point);
  }
  return points;
}

/** Short names for sentences: the company, or "company (role)" when two offers share a company. */
export function sentenceNames(offers: readonly { companyName: string; roleTitle: string }[]): string[] {
  return offers.map((offer) =>
    offers.filter((other) => other.companyName === offer.companyName).length > 1
      ? `${offer.companyName} (${offer.roleTitle})`
      : offer.companyName,
  );
}

/**
 * The pairs worth a sentence: the offers ranked by their total over the shared horizon, then each
 * pair among the top three (at most three lines), the leader's pairs first.
 */
export function topPairs(columns: readonly CompareColumn[], limit = 3): [number, number][] {
  const comparable = columns.flatMap((column, index) => (column.comparable ? [index] : []));
  if (comparable.length < 2) return [];
  const horizon = sharedHorizon(comparable.map((index) => columns[index]!));
  const total = (index: number) => columns[index]!.projection.cumulative[horizon - 1]!.total;
  const ranked = [...comparable].sort((a, b) => total(b) - total(a) || a - b).slice(0, limit);
  const pairs: [number, number][] = [];
  ranked.forEach((a, i) => ranked.slice(i + 1).forEach((b) => pairs.push([a, b])));
  return pairs;
}
