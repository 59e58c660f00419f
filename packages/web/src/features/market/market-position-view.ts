import { fromMinorUnits, marketPosition, type CompDataPoint } from "@loopwise/domain";
import type { OfferView } from "../offers/use-offers-view";
import { pointsInScope, ratesInto, scopeName, type MarketScope } from "./market-scope";

/** One offer's place among the market points, in major units of `currency`. */
export interface OfferMarketView {
  currency: string;
  /** The annualized headline: what data points (yearly total comp) are quoted as. */
  offerTotal: number;
  percentile: number | null;
  count: number;
  leftOut: number;
  leftOutCurrencies: string[];
  label: string;
  bar: { p25: number; p50: number; p75: number; min: number; max: number } | null;
}

/**
 * Where an offer's annualized headline sits among the points in scope. Its projection is in the
 * compare currency (or its own, when it has no rate); points in other currencies are converted
 * with the offers' rates where they give one, and left out and counted otherwise.
 */
export function offerMarketView(
  row: Pick<OfferView, "offer" | "projection">,
  points: readonly CompDataPoint[],
  scope: MarketScope,
  compareCurrency: string,
  offers: readonly { currency: string; exchangeRate: number | null }[],
): OfferMarketView {
  const currency = row.projection.currency;
  const rates = ratesInto(currency, compareCurrency, offers);
  const inScope = pointsInScope(points, row.offer.companyName, row.offer.level, scope);
  const position = marketPosition(
    row.projection.annualized,
    inScope,
    currency,
    rates,
    scopeName(row.offer.companyName, row.offer.level, scope),
  );
  const major = (minor: number) => fromMinorUnits(minor, currency);
  const converted = inScope.flatMap((point) => {
    const rate = point.currency === currency ? 1 : rates[point.currency];
    return rate === undefined ? [] : [point.total * rate];
  });
  return {
    currency,
    offerTotal: major(row.projection.annualized),
    percentile: position.percentile,
    count: position.count,
    leftOut: position.leftOut,
    leftOutCurrencies: position.leftOutCurrencies,
    label: position.count > 0 ? capitalize(position.label) + "." : `${position.label}: add one below or import a CSV.`,
    bar:
      position.p25 === null || position.p50 === null || position.p75 === null
        ? null
        : {
            p25: major(position.p25),
            p50: major(position.p50),
            p75: major(position.p75),
            min: Math.min(...converted),
            max: Math.max(...converted),
          },
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
