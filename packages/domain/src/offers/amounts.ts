import { currencyExponent, fromMinorUnits, toMinorUnits } from "../money.js";

/**
 * An amount in major units to integer minor units, once, on the way into the model. `toMinorUnits`
 * shifts the decimal point in the number's text; a number that prints in exponent form (1e-7) has
 * no such text, so it falls back to plain rounding.
 */
export function minorUnits(amount: number, currency: string): number {
  const value: number = toMinorUnits(amount, currency);
  return Number.isFinite(value) ? value : Math.round(amount * 10 ** currencyExponent(currency));
}

const formats = new Map<number, Intl.NumberFormat>();

/** "1,234.50 USD": minor units as a note shows them. */
export function formatMinor(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  let format = formats.get(exponent);
  if (!format) {
    format = new Intl.NumberFormat("en", { minimumFractionDigits: exponent, maximumFractionDigits: exponent });
    formats.set(exponent, format);
  }
  return `${format.format(fromMinorUnits(minor, currency))} ${currency}`;
}

/** "12.5%": a fraction as a note shows it. */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}
