import { fromMinorUnits } from "../money.js";

/**
 * A money figure the way people say it in a sentence, without the currency: "950", "4.5k", "41k",
 * "12.5k", "312k", "1.05M": one decimal below 100k, whole thousands to a million, two decimals of a
 * million below ten million, one below a hundred million (trailing zeros dropped).
 */
export function compactAmount(minor: number, currency: string): string {
  const major = fromMinorUnits(minor, currency);
  const abs = Math.abs(major);
  const sign = major < 0 ? "-" : "";
  const round = (value: number, decimals: number) => {
    const factor = 10 ** decimals;
    return String(Math.round(value * factor) / factor);
  };
  if (abs >= 999_950) return `${sign}${round(abs / 1_000_000, abs >= 99_950_000 ? 0 : abs >= 9_995_000 ? 1 : 2)}M`;
  if (abs >= 999.5) return `${sign}${round(abs / 1_000, abs >= 99_950 ? 0 : 1)}k`;
  return `${sign}${Math.round(abs)}`;
}

/** "over one year", "over four years", "over 12 years". */
export function overYears(years: number): string {
  return years === 1 ? "over one year" : `over ${yearsWord(years)} years`;
}

/** "one" to "ten", then digits. */
export function yearsWord(years: number): string {
  const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  return words[years] ?? String(years);
}
