/** A salary read from text, in whole major units (the API's unit). */
export interface Salary {
  min: number | null;
  max: number | null;
  currency: string | null;
}

export type SalaryReading = { ok: true; salary: Salary } | { ok: false; reason: string };

const CURRENCY_CODES = new Set(Intl.supportedValuesOf("currency"));

/** Symbols that name one currency; longer ones first so "CA$" is not read as "$". */
const SYMBOLS: readonly [string, string][] = [
  ["US$", "USD"],
  ["CA$", "CAD"],
  ["C$", "CAD"],
  ["AU$", "AUD"],
  ["A$", "AUD"],
  ["NZ$", "NZD"],
  ["HK$", "HKD"],
  ["S$", "SGD"],
  ["R$", "BRL"],
  ["$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["¥", "JPY"],
  ["₹", "INR"],
  ["₩", "KRW"],
];

const NOT_YEARLY =
  /\b(hourly|monthly|weekly|daily)\b|(\/|\bper\b|\ban?\b)\s*(h|hr|hrs|hour|mo|mth|month|wk|week|day)\b/i;
const YEARLY =
  /(\/\s*(yr|year|annum|a)\b|\bper\s+(year|annum)\b|\ba\s+year\b|\b(annually|annual|yearly|p\.?\s?a\.?)(?=\s|$)|\bgross\b|\bbase\b)/gi;
const RANGE = /\s*(?:-|–|—|\bto\b|\btill\b|\buntil\b)\s*/i;

function readCurrency(text: string): { rest: string; codes: Set<string> } {
  const codes = new Set<string>();
  let rest = text;
  for (const [symbol, code] of SYMBOLS) {
    if (rest.includes(symbol)) {
      codes.add(code);
      rest = rest.split(symbol).join(" ");
    }
  }
  rest = rest.replace(/\b[A-Za-z]{3}\b/g, (word) => {
    const code = word.toUpperCase();
    if (!CURRENCY_CODES.has(code)) return word;
    codes.add(code);
    return " ";
  });
  return { rest, codes };
}

/**
 * A number as people write it: "150,000", "150.000", "1 500", "1.5", "150k". One kind of separator
 * used once with three digits after it groups thousands; otherwise it is the decimal point. With
 * both kinds, the last one is the decimal point.
 */
export function parseAmount(text: string): { value: number; suffixed: boolean } | undefined {
  const match = /^(\d[\d.,'\s]*?)\s*([km])?$/i.exec(text.trim());
  if (!match) return undefined;
  let digits = match[1]!.replace(/['\s]/g, "");
  const commas = digits.split(",").length - 1;
  const dots = digits.split(".").length - 1;
  if (commas > 0 && dots > 0) {
    const decimal = digits.lastIndexOf(",") > digits.lastIndexOf(".") ? "," : ".";
    digits = digits.split(decimal === "," ? "." : ",").join("");
    digits = digits.replace(",", ".");
  } else if (commas + dots > 0) {
    const separator = commas > 0 ? "," : ".";
    const groups = digits.split(separator);
    const thousands = groups.length > 2 || groups[1]!.length === 3;
    digits = thousands ? groups.join("") : groups.join(".");
  }
  if (!/^\d+(\.\d+)?$/.test(digits)) return undefined;
  const scale = match[2] ? (match[2].toLowerCase() === "k" ? 1_000 : 1_000_000) : 1;
  return { value: Math.round(Number(digits) * scale), suffixed: Boolean(match[2]) };
}

function fail(reason: string): SalaryReading {
  return { ok: false, reason };
}

/**
 * Reads salary text such as "$150k-$180k", "150,000", "120000 EUR" or "80.000 – 95.000 €" into
 * a minimum, a maximum and a currency. Anything it cannot read without guessing (an hourly rate,
 * two currencies, "competitive") is refused with a reason. Empty text is undefined.
 */
export function parseSalary(text: string): SalaryReading | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (NOT_YEARLY.test(trimmed)) return fail("is not a yearly amount");
  const { rest, codes } = readCurrency(trimmed.replace(YEARLY, " "));
  if (codes.size > 1) return fail("names more than one currency");
  const currency = codes.size === 1 ? [...codes][0]! : null;
  let body = rest.replace(/\s+/g, " ").trim();
  let bound: "min" | "max" | undefined;
  const upTo = /^(up to|max\.?|maximum|<=?|under)\s*/i.exec(body);
  const from = /^(from|min\.?|minimum|>=?|over)\s*/i.exec(body);
  if (upTo) [bound, body] = ["max", body.slice(upTo[0].length)];
  else if (from) [bound, body] = ["min", body.slice(from[0].length)];
  else if (body.endsWith("+")) [bound, body] = ["min", body.slice(0, -1).trim()];
  const parts = body.split(RANGE).filter((part) => part !== "");
  if (parts.length === 0 || parts.length > 2 || (bound && parts.length > 1)) return fail("is not an amount or a range");
  const amounts = parts.map(parseAmount);
  if (amounts.some((a) => a === undefined)) return fail("is not an amount or a range");
  const [first, high] = amounts as { value: number; suffixed: boolean }[];
  // "150-180k": the suffix on the upper end applies to the lower end too.
  const shorthand = high && high.suffixed && !first!.suffixed && first!.value * 1_000 <= high.value;
  const low = shorthand ? first!.value * 1_000 : first!.value;
  const min = bound === "max" ? null : low;
  const max = bound === "min" ? null : (high?.value ?? low);
  if (min !== null && max !== null && min > max) return fail("runs from a higher to a lower amount");
  return { ok: true, salary: { min, max, currency } };
}
