import { Invalid } from "../errors.js";
import { currencyExponent, toMinorUnits } from "../money.js";
import { quantile } from "../pipeline/stage-statistics.js";
import { compactAmount } from "./compact-amount.js";

/** A compensation data point as stored: a yearly total in its currency's major units. */
export interface MarketPointInput {
  total: number;
  currency: string;
}

export interface MarketPosition {
  currency: string;
  /** Points compared (those in `currency` and those converted). */
  count: number;
  /** Points in another currency with no rate given: left out. */
  leftOut: number;
  leftOutCurrencies: string[];
  /**
   * Where the offer sits, 0-100: the share of points below it plus half the share equal to it
   * (the mid-rank percentile), so an offer equal to every point sits at 50. Null with no points.
   */
  percentile: number | null;
  /** Quartiles of the points (linear between closest ranks), minor units of `currency`. */
  p25: number | null;
  p50: number | null;
  p75: number | null;
  /** "above the 75th percentile of 12 points for Acme L5". */
  label: string;
  /** "82nd percentile; median 250k"; empty with no points. */
  detail: string;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th"}`;
}

/**
 * Where an offer's yearly total (minor units of `currency`) sits among market data points: its
 * mid-rank percentile, the points' quartiles, and a label. Points in another currency are
 * converted with `rates` (units of `currency` per unit of theirs) or, without a rate, left out and
 * counted. `scope` names what the points are ("Acme L5") in the label.
 */
export function marketPosition(
  offerTotal: number,
  points: readonly MarketPointInput[],
  currency: string,
  rates: Readonly<Record<string, number>> = {},
  scope?: string,
): MarketPosition {
  if (!Number.isFinite(offerTotal))
    throw new Invalid("the offer total must be a number", { offerTotal: "must be a number" });
  for (const [code, rate] of Object.entries(rates)) {
    if (!(Number.isFinite(rate) && rate > 0)) {
      throw new Invalid("exchange rates must be above 0", { [`rates.${code}`]: "must be above 0" });
    }
  }
  const values: number[] = [];
  const leftOutCurrencies = new Set<string>();
  let leftOut = 0;
  for (const point of points) {
    if (point.currency === currency) {
      values.push(toMinorUnits(point.total, currency));
    } else if (rates[point.currency] !== undefined) {
      // Major units times the rate, then into the target's minor units.
      values.push(Math.round(point.total * rates[point.currency]! * 10 ** currencyExponent(currency)));
    } else {
      leftOut++;
      leftOutCurrencies.add(point.currency);
    }
  }
  values.sort((x, y) => x - y);
  const count = values.length;
  const of = `of ${count} point${count === 1 ? "" : "s"}${scope ? ` for ${scope}` : ""}`;
  if (count === 0) {
    return {
      currency,
      count,
      leftOut,
      leftOutCurrencies: [...leftOutCurrencies].sort(),
      percentile: null,
      p25: null,
      p50: null,
      p75: null,
      label: `No data points${scope ? ` for ${scope}` : ""} to compare with yet`,
      detail: "",
    };
  }
  const below = values.filter((value) => value < offerTotal).length;
  const equal = values.filter((value) => value === offerTotal).length;
  const percentile = (100 * (below + equal / 2)) / count;
  const [p25, p50, p75] = [0.25, 0.5, 0.75].map((p) => Math.round(quantile(values, p)!));
  // Said from the percentile itself, so the words and the number never disagree.
  const where =
    percentile > 75
      ? "above the 75th percentile"
      : percentile === 75
        ? "at the 75th percentile"
        : percentile > 50
          ? "between the median and the 75th percentile"
          : percentile === 50
            ? "at the median"
            : percentile >= 25
              ? "between the 25th percentile and the median"
              : "below the 25th percentile";
  const rank = ordinal(Math.min(99, Math.max(1, Math.round(percentile))));
  return {
    currency,
    count,
    leftOut,
    leftOutCurrencies: [...leftOutCurrencies].sort(),
    percentile,
    p25: p25!,
    p50: p50!,
    p75: p75!,
    label: `${where} ${of}`,
    detail: `${rank} percentile; median ${compactAmount(p50!, currency)}`,
  };
}
