import type { Offer, OfferInput, OfferPatch, OfferPreferences, OfferPreferencesInput } from "@loopwise/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client";
import { queryKeys } from "./query-keys";
import { todayKeys } from "./today";

/** Everything about offers lives under one key, so one invalidation refreshes every tab. */
export const offerKeys = {
  all: ["offers"] as const,
  list: ["offers", "list"] as const,
  preferences: ["offers", "preferences"] as const,
};

export async function fetchOffers(): Promise<Offer[]> {
  const body = await unwrap<{ offers: Offer[] }>(api.offers.$get());
  return body.offers;
}

export async function createOffer(input: OfferInput): Promise<Offer> {
  const body = await unwrap<{ offer: Offer }>(api.offers.$post({ json: input }));
  return body.offer;
}

export async function updateOffer(id: string, patch: OfferPatch): Promise<Offer> {
  const body = await unwrap<{ offer: Offer }>(api.offers[":id"].$patch({ param: { id }, json: patch }));
  return body.offer;
}

export async function deleteOffer(id: string): Promise<void> {
  await unwrap<void>(api.offers[":id"].$delete({ param: { id } }));
}

export async function fetchOfferPreferences(): Promise<OfferPreferences> {
  const body = await unwrap<{ preferences: OfferPreferences }>(api["offer-preferences"].$get());
  return body.preferences;
}

export async function saveOfferPreferences(input: OfferPreferencesInput): Promise<OfferPreferences> {
  const body = await unwrap<{ preferences: OfferPreferences }>(api["offer-preferences"].$put({ json: input }));
  return body.preferences;
}

export function useOffers() {
  return useQuery({ queryKey: offerKeys.list, queryFn: fetchOffers });
}

export function useOfferPreferences() {
  return useQuery({ queryKey: offerKeys.preferences, queryFn: fetchOfferPreferences });
}

/**
 * An offer write moves the card to the Offer stage and its deadline shows on Today and on the
 * card: the offers, the applications (board, table, drawer) and Today are all refetched.
 */
function useInvalidateAfterOfferChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: offerKeys.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.applications }),
      queryClient.invalidateQueries({ queryKey: todayKeys.all }),
    ]);
}

export function useCreateOffer() {
  const invalidate = useInvalidateAfterOfferChange();
  return useMutation({ mutationFn: createOffer, onSuccess: invalidate });
}

export function useUpdateOffer() {
  const invalidate = useInvalidateAfterOfferChange();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: OfferPatch }) => updateOffer(id, patch),
    onSuccess: invalidate,
  });
}

export function useDeleteOffer() {
  const invalidate = useInvalidateAfterOfferChange();
  return useMutation({ mutationFn: deleteOffer, onSuccess: invalidate });
}

/** The compare currency shows at once everywhere; the server's answer replaces the guess. */
export function useSaveCompareCurrency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (compareCurrency: string) => saveOfferPreferences({ compareCurrency }),
    onMutate: async (compareCurrency) => {
      await queryClient.cancelQueries({ queryKey: offerKeys.preferences });
      const previous = queryClient.getQueryData<OfferPreferences>(offerKeys.preferences);
      if (previous) queryClient.setQueryData<OfferPreferences>(offerKeys.preferences, { ...previous, compareCurrency });
      return { previous };
    },
    onError: (_error, _currency, context) => {
      if (context?.previous) queryClient.setQueryData(offerKeys.preferences, context.previous);
    },
    onSuccess: (preferences) => queryClient.setQueryData(offerKeys.preferences, preferences),
  });
}
