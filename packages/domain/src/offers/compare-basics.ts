import { Invalid } from "../errors.js";
import { currencyExponent } from "../money.js";
import type { Projection } from "./projection-types.js";

/** One offer as the comparison sees it; every projection in one currency (minor units). */
export interface CompareEntry {
  id: string;
  name: string;
  projection: Projection;
}

export const COMP_COMPONENTS = ["base", "bonus", "signOn", "equity", "other"] as const;
export type CompComponent = (typeof COMP_COMPONENTS)[number];

/** The shortest projected horizon (years before the steady year) among the projections. */
export function commonHorizon(projections: readonly Projection[]): number {
  return Math.min(...projections.map((p) => p.years.filter((year) => !year.steady).length));
}

export function assertOneCurrency(entries: readonly CompareEntry[]): string {
  const currency = entries[0]?.projection.currency;
  if (!currency) throw new Invalid("nothing to compare", { offers: "needs at least one offer" });
  const other = entries.find((entry) => entry.projection.currency !== currency);
  if (other) {
    throw new Invalid("offers must be compared in one currency", {
      offers: `${other.name} is in ${other.projection.currency}, not ${currency}`,
    });
  }
  return currency;
}

/**
 * A gap this small reads as "the same": under half a percent of the larger total, or under one
 * major unit of money.
 */
export function negligible(gap: number, a: number, b: number, unit: number): boolean {
  return Math.abs(gap) < Math.max(unit, 0.005 * Math.max(Math.abs(a), Math.abs(b)));
}

/** One major unit (a dollar, a yen) in minor units. */
export function minorPerMajor(currency: string): number {
  return 10 ** currencyExponent(currency);
}
