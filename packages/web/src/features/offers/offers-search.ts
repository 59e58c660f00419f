/** The Offers page's tabs, in order; the tab is kept in the URL (`/offers?tab=decide`). */
export const OFFER_TABS = [
  { value: "compare", label: "Compare" },
  { value: "decide", label: "Decide" },
  { value: "negotiate", label: "Negotiate" },
  { value: "market", label: "Market" },
] as const;

export type OfferTab = (typeof OFFER_TABS)[number]["value"];

export interface OffersSearch {
  /** Absent for the first tab, so the plain /offers link stays clean. */
  tab?: Exclude<OfferTab, "compare">;
}

export function isOfferTab(value: unknown): value is OfferTab {
  return OFFER_TABS.some((tab) => tab.value === value);
}

export function validateOffersSearch(raw: Record<string, unknown>): OffersSearch {
  const tab = raw.tab;
  return isOfferTab(tab) && tab !== "compare" ? { tab } : {};
}
