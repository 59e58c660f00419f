import type { NegotiationEvent, NegotiationEventInput, NegotiationEventPatch } from "@loopwise/domain";
import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client";
import { offerKeys } from "./offers";

/** Under the offers key, so anything that refreshes offers refreshes the logs too. */
export const negotiationKey = (offerId: string) => [...offerKeys.all, "negotiation", offerId] as const;

export async function fetchNegotiation(offerId: string): Promise<NegotiationEvent[]> {
  const body = await unwrap<{ events: NegotiationEvent[] }>(
    api.offers[":id"].negotiation.$get({ param: { id: offerId } }),
  );
  return body.events;
}

export async function logNegotiationEvent(offerId: string, input: NegotiationEventInput): Promise<NegotiationEvent> {
  const body = await unwrap<{ event: NegotiationEvent }>(
    api.offers[":id"].negotiation.$post({ param: { id: offerId }, json: input }),
  );
  return body.event;
}

export async function updateNegotiationEvent(
  offerId: string,
  eventId: string,
  patch: NegotiationEventPatch,
): Promise<NegotiationEvent> {
  const body = await unwrap<{ event: NegotiationEvent }>(
    api.offers[":id"].negotiation[":eventId"].$patch({ param: { id: offerId, eventId }, json: patch }),
  );
  return body.event;
}

export async function deleteNegotiationEvent(offerId: string, eventId: string): Promise<void> {
  await unwrap<void>(api.offers[":id"].negotiation[":eventId"].$delete({ param: { id: offerId, eventId } }));
}

export function useNegotiation(offerId: string | null) {
  return useQuery({
    queryKey: negotiationKey(offerId ?? ""),
    queryFn: () => fetchNegotiation(offerId!),
    enabled: offerId !== null,
  });
}

/** Every offer's log, for the plan (which counts rounds per company); the same cache as `useNegotiation`. */
export function useNegotiations(offerIds: readonly string[]) {
  return useQueries({
    queries: offerIds.map((id) => ({ queryKey: negotiationKey(id), queryFn: () => fetchNegotiation(id) })),
    combine: (results) => ({
      byOffer: new Map(offerIds.map((id, index) => [id, results[index]?.data ?? []])),
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.error)?.error ?? null,
    }),
  });
}

/** An event can move the offer's comp and status, and its counts show on the offer: refetch offers. */
function useInvalidateOffers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: offerKeys.all });
}

export function useLogNegotiationEvent(offerId: string) {
  const invalidate = useInvalidateOffers();
  return useMutation({
    mutationFn: (input: NegotiationEventInput) => logNegotiationEvent(offerId, input),
    onSuccess: invalidate,
  });
}

export function useUpdateNegotiationEvent(offerId: string) {
  const invalidate = useInvalidateOffers();
  return useMutation({
    mutationFn: ({ eventId, patch }: { eventId: string; patch: NegotiationEventPatch }) =>
      updateNegotiationEvent(offerId, eventId, patch),
    onSuccess: invalidate,
  });
}

export function useDeleteNegotiationEvent(offerId: string) {
  const invalidate = useInvalidateOffers();
  return useMutation({
    mutationFn: (eventId: string) => deleteNegotiationEvent(offerId, eventId),
    onSuccess: invalidate,
  });
}
