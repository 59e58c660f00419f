import { describe, expect, it } from "vitest";
import { isOfferTab, validateOffersSearch } from "../src/features/offers/offers-search";

describe("the Offers page's tab in the URL", () => {
  it("keeps a known tab and drops the rest", () => {
    expect(validateOffersSearch({ tab: "decide" })).toEqual({ tab: "decide" });
    expect(validateOffersSearch({ tab: "market", other: "x" })).toEqual({ tab: "market" });
    expect(validateOffersSearch({ tab: "nonsense" })).toEqual({});
    expect(validateOffersSearch({})).toEqual({});
  });

  it("leaves the first tab out of the URL", () => {
    expect(validateOffersSearch({ tab: "compare" })).toEqual({});
    expect(isOfferTab("compare")).toBe(true);
    expect(isOfferTab(3)).toBe(false);
  });
});
