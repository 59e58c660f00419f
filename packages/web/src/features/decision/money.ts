/**
 * Money as the Offers tabs show it, from major units: compact ("$312k", "€1.2M") where space is
 * short, exact ("$312,450") in tooltips and labels a user may copy.
 */

const cache = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, kind: "compact0" | "compact1" | "exact"): Intl.NumberFormat {
  const key = `${currency}:${kind}`;
  let format = cache.get(key);
  if (!format) {
    const digits = kind === "compact1" ? 1 : 0;
    const options: Intl.NumberFormatOptions = {
      ...(kind === "exact" ? {} : { notation: "compact" }),
      minimumFractionDigits: 0,
      maximumFractionDigits: digits,
    };
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
