import type { CompDataPoint } from "@loopwise/domain";

/** Which data points an offer is measured against. */
export type MarketScope = "company-level" | "company" | "level" | "all";

export const MARKET_SCOPES: { value: MarketScope; label: string }[] = [
  { value: "company-level", label: "Same company and level" },
  { value: "company", label: "Same company" },
  { value: "level", label: "Same level, any company" },
  { value: "all", label: "All points" },
];

const same = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/** The points that compare with an offer at `company` and `level` under the scope. */
export function pointsInScope(
  points: readonly CompDataPoint[],
  company: string,
  level: string | null,
  scope: MarketScope,
): CompDataPoint[] {
  switch (scope) {
    case "company-level":
      return points.filter((point) => same(point.company, company) && (!level || same(point.level, level)));
    case "company":
      return points.filter((point) => same(point.company, company));
    case "level":
      return level ? points.filter((point) => same(point.level, level)) : [];
    case "all":
      return [...points];
  }
}

/** "Acme L5", "Acme", "L5 anywhere", "all companies": what the label says the points are. */
export function scopeName(company: string, level: string | null, scope: MarketScope): string {
  switch (scope) {
    case "company-level":
      return level ? `${company} ${level}` : company;
    case "company":
      return company;
    case "level":
      return level ? `${level} at any company` : "the same level (this offer has none)";
    case "all":
      return "all companies";
  }
}

/**
 * Rates into `currency` that the offers give: an offer in EUR with a rate of 1.08 to the compare
 * currency says 1 EUR = 1.08 of it. Only direct rates are used; other currencies are left out.
 */
export function ratesInto(
  currency: string,
  compareCurrency: string,
  offers: readonly { currency: string; exchangeRate: number | null }[],
): Record<string, number> {
  const toCompare: Record<string, number> = { [compareCurrency]: 1 };
  for (const offer of offers) {
    if (offer.exchangeRate && offer.currency !== compareCurrency) toCompare[offer.currency] ??= offer.exchangeRate;
  }
  const target = toCompare[currency];
  if (target === undefined) return { [currency]: 1 };
  const rates: Record<string, number> = {};
  for (const [from, rate] of Object.entries(toCompare)) rates[from] = rate / target;
  return rates;
}

/** Where the percentile bar draws each mark, in percent of its width, with a little room at the ends. */
export function barLayout(marks: { p25: number; p50: number; p75: number; offer: number; min: number; max: number }) {
  const low = Math.min(marks.min, marks.offer);
  const high = Math.max(marks.max, marks.offer);
  const span = high - low;
  const at = (value: number) => (span === 0 ? 50 : 5 + ((value - low) / span) * 90);
  return {
    bandStart: at(marks.p25),
    bandEnd: at(marks.p75),
    median: at(marks.p50),
    offer: at(marks.offer),
    min: at(marks.min),
    max: at(marks.max),
  };
}

/** The points whose company, level, title, location or source contains the text (any case). */
export function filterPoints(points: readonly CompDataPoint[], text: string): CompDataPoint[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [...points];
  return points.filter((point) =>
    [point.company, point.level, point.title, point.location, point.source].some((field) =>
      field?.toLowerCase().includes(needle),
    ),
  );
}
