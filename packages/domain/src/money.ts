import type { Brand } from "./ids.js";

/** Money in the currency's smallest unit (cents for USD, yen for JPY): never float dollars. */
export type MinorUnits = Brand<number, "MinorUnits">;

const exponentCache = new Map<string, number>();

/** Decimal places of a currency's minor unit, from the ISO 4217 data Intl carries. */
export function currencyExponent(currency: string): number {
  let exponent = exponentCache.get(currency);
  if (exponent === undefined) {
    exponent =
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    exponentCache.set(currency, exponent);
  }
  return exponent;
}

export function toMinorUnits(major: number, currency: string): MinorUnits {
  // Shift the decimal point in the number's text form: 1.005 * 100 is 100.49999... in floats.
  // The text may already carry an exponent (1e-7, 2.5e+21): add to it rather than append a second.
  const [mantissa, exponent = "0"] = String(major).split("e");
  return Math.round(Number(`${mantissa}e${Number(exponent) + currencyExponent(currency)}`)) as MinorUnits;
}

export function fromMinorUnits(minor: number, currency: string): number {
  return minor / 10 ** currencyExponent(currency);
}
