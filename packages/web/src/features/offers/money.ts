import { fromMinorUnits } from "@loopwise/domain";
import { compactMoney, exactMoney } from "../decision/money";

const millions = new Map<string, Intl.NumberFormat>();

/**
 * "$412k", "$1.36M" from minor units: tables and charts. Millions keep two decimals, so two
 * four-year totals a few thousand apart do not read the same.
 */
export function shortMoney(minor: number, currency: string): string {
  const major = fromMinorUnits(minor, currency);
  if (Math.abs(major) < 999_500) return compactMoney(major, currency);
  let format = millions.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat("en-US", {
        style: "currency",
        currency,
        notation: "compact",
        maximumFractionDigits: 2,
      });
    } catch {
      format = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 2 });
    }
    millions.set(currency, format);
  }
  return format.format(major);
}

/** "$412,450" from minor units: tooltips, where the exact figure is wanted. */
export function fullMoney(minor: number, currency: string): string {
  return exactMoney(fromMinorUnits(minor, currency), currency);
}

/** Chart axes and tooltips get major units already. */
export { compactMoney, exactMoney };
