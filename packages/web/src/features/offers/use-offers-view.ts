import {
  compInputSchema,
  convertProjection,
  projectComp,
  type CompInput,
  type Offer,
  type Projection,
} from "@loopwise/domain";
import { useMemo } from "react";
import { useOfferPreferences, useOffers } from "../../api/offers";

/** One offer as every Offers tab sees it: its comp parsed and projected into the compare currency. */
export interface OfferView {
  offer: Offer;
  comp: CompInput;
  /** Minor units of `compareCurrency`, or of the offer's own currency when `needsRate`. */
  projection: Projection;
  /** The offer is in another currency and has no exchange rate: its figures cannot be compared. */
  needsRate: boolean;
  /** "Company — Role", the role shortened so a column header stays one or two lines. */
  name: string;
}

export interface OffersView {
  offers: Offer[];
  compareCurrency: string;
  rows: OfferView[];
  isLoading: boolean;
  error: Error | null;
}

const ROLE_LENGTH = 28;
const NO_OFFERS: Offer[] = [];

export function offerName(offer: Pick<Offer, "companyName" | "roleTitle">): string {
  const role =
    offer.roleTitle.length > ROLE_LENGTH ? `${offer.roleTitle.slice(0, ROLE_LENGTH - 1).trimEnd()}…` : offer.roleTitle;
  return `${offer.companyName} — ${role}`;
}

/** The user's choice, else the currency most offers are in (the first one's on a tie), else USD. */
export function defaultCompareCurrency(preferred: string | null | undefined, offers: readonly Offer[]): string {
  if (preferred) return preferred;
  const counts = new Map<string, number>();
  for (const offer of offers) counts.set(offer.comp.currency, (counts.get(offer.comp.currency) ?? 0) + 1);
  let best: string | null = null;
  for (const [currency, count] of counts) if (best === null || count > counts.get(best)!) best = currency;
  return best ?? "USD";
}

/**
 * Projects one offer in the compare currency. The exchange rate says how much one unit of the
 * offer's currency is worth in the compare currency.
 */
export function viewOffer(offer: Offer, compareCurrency: string): OfferView | null {
  const parsed = compInputSchema.safeParse(offer.comp);
  // The server validated the comp on the way in; an offer it still cannot read is left out.
  if (!parsed.success) return null;
  const comp = parsed.data;
  const own = projectComp(comp);
  const name = offerName(offer);
  if (comp.currency === compareCurrency) return { offer, comp, projection: own, needsRate: false, name };
  if (offer.exchangeRate === null) return { offer, comp, projection: own, needsRate: true, name };
  return {
    offer,
    comp,
    projection: convertProjection(own, offer.exchangeRate, compareCurrency),
    needsRate: false,
    name,
  };
}

/**
 * Every tab of the Offers page reads the offers through this hook: projections run in the
 * browser (the model is pure), so an edit redraws every figure without a request.
 */
export function useOffersView(): OffersView {
  const offersQuery = useOffers();
  const preferencesQuery = useOfferPreferences();
  const offers = offersQuery.data;
  const compareCurrency = defaultCompareCurrency(preferencesQuery.data?.compareCurrency, offers ?? NO_OFFERS);
  const rows = useMemo(
    () => (offers ?? NO_OFFERS).flatMap((offer) => viewOffer(offer, compareCurrency) ?? []),
    [offers, compareCurrency],
  );
  return {
    offers: offers ?? NO_OFFERS,
    compareCurrency,
    rows,
    isLoading: offersQuery.isLoading || preferencesQuery.isLoading,
    error: offersQuery.error ?? preferencesQuery.error ?? null,
  };
}
