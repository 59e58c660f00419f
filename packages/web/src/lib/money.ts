import { fromMinorUnits } from "@loopwise/domain";

/**
 * Money as the pages show it: compact ("$312k", "€1.2M") where space is short, exact
 * ("$312,450") in tooltips and labels a user may copy. The `…Money` functions take major units;
 * `shortMoney` and `fullMoney` take minor units, as projections hold them.
 */

type Kind = "compact0" | "compact1" | "compact2" | "exact";

const DIGITS: Record<Kind, Intl.NumberFormatOptions> = {
  compact0: { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 0 },
  compact1: { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 },
  compact2: { notation: "compact", maximumFractionDigits: 2 },
  exact: { minimumFractionDigits: 0, maximumFractionDigits: 0 },
};

const cache = new Map<string, Intl.NumberFormat>();

/** A currency format, or the bare number's when the code is not one Intl knows. */
function formatter(currency: string, kind: Kind): Intl.NumberFormat {
  const key = `${currency}:${kind}`;
  let format = cache.get(key);
  if (!format) {
    const options = DIGITS[kind];
    try {
      format = new Intl.NumberFormat("en-US", { style: "currency", currency, ...options });
    } catch {
      format = new Intl.NumberFormat("en-US", options);
    }
    cache.set(key, format);
  }
  return format;
}

/**
 * "$312k", "$41.5k", "$1.2M", "€950": thousands as a lower-case k, like people write them; one
 * decimal below a hundred of the unit, none from there (a decimal on "$851.7k" is noise).
 */
export function compactMoney(major: number, currency: string): string {
  const abs = Math.abs(major);
  const whole = abs >= 99_950 && abs < 999_950;
  return formatter(currency, whole ? "compact0" : "compact1")
    .format(major)
    .replace(/(\d)K\b/, "$1k");
}

/** "$312,450". */
export function exactMoney(major: number, currency: string): string {
  return formatter(currency, "exact").format(major);
}

/** "180k", "1.2M", "950": the number alone, for diffs where the currency is said once. */
export function compactNumber(major: number): string {
  const abs = Math.abs(major);
  const sign = major < 0 ? "-" : "";
  const round = (value: number) => String(Math.round(value * 10) / 10);
  if (abs >= 999_950) return `${sign}${round(abs / 1_000_000)}M`;
  if (abs >= 999.5) return `${sign}${round(abs / 1_000)}k`;
  return `${sign}${Math.round(abs)}`;
}

/**
 * "$412k", "$1.36M" from minor units: tables and charts. Millions keep two decimals, so two
 * four-year totals a few thousand apart do not read the same.
 */
export function shortMoney(minor: number, currency: string): string {
  const major = fromMinorUnits(minor, currency);
  if (Math.abs(major) < 999_500) return compactMoney(major, currency);
  return formatter(currency, "compact2").format(major);
}

/** "$412,450" from minor units: tooltips, where the exact figure is wanted. */
export function fullMoney(minor: number, currency: string): string {
  return exactMoney(fromMinorUnits(minor, currency), currency);
}
