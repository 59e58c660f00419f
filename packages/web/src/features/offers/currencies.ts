/** Currencies offered in the pickers; any other three-letter code can still be typed in the form. */
export const COMMON_CURRENCIES = ["USD", "EUR", "GBP", "CAD", "CHF", "AUD", "INR", "JPY", "SGD", "SEK", "PLN", "BRL"];

/** The compare-currency choices: the offers' own currencies first, then the common ones. */
export function currencyOptions(offerCurrencies: readonly string[], current: string): string[] {
  return [...new Set([current, ...offerCurrencies, ...COMMON_CURRENCIES])];
}
