import type { DecisionCriterion, Offer, OfferPreferences, OfferScores } from "@loopwise/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client";
import { offerKeys } from "./offers";

export async function saveOfferScores(id: string, scores: OfferScores): Promise<Offer> {
  const body = await unwrap<{ offer: Offer }>(api.offers[":id"].$patch({ param: { id }, json: { scores } }));
  return body.offer;
}

export async function saveDecisionWeights(weights: Record<DecisionCriterion, number>): Promise<OfferPreferences> {
  const body = await unwrap<{ preferences: OfferPreferences }>(api["offer-preferences"].$put({ json: { weights } }));
  return body.preferences;
}

/**
 * A score set in the matrix: the offers in the cache take it at once (the ranking redraws with
 * no wait) and go back to the server's copy if the save fails.
 */
export function useSaveOfferScores() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, scores }: { id: string; scores: OfferScores }) => saveOfferScores(id, scores),
    onMutate: async ({ id, scores }) => {
      await queryClient.cancelQueries({ queryKey: offerKeys.list });
      const previous = queryClient.getQueryData<Offer[]>(offerKeys.list);
      queryClient.setQueryData<Offer[]>(offerKeys.list, (offers) =>
        offers?.map((offer) => (offer.id === id ? { ...offer, scores } : offer)),
      );
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(offerKeys.list, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: offerKeys.all }),
  });
}

/** Weights are saved quietly (the tab debounces them); the cached preferences take the answer. */
export function useSaveDecisionWeights() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveDecisionWeights,
    onSuccess: (preferences) => queryClient.setQueryData(offerKeys.preferences, preferences),
  });
}
