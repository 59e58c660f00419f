import type { TodayAgenda } from "@loopwise/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "./client";
import { contactKeys, updateOutreach } from "./contacts";

export const todayKeys = {
  all: ["today"] as const,
  agenda: (tz: string) => ["today", tz] as const,
};

export async function fetchToday(tz: string): Promise<TodayAgenda> {
  return unwrap<TodayAgenda>(api.today.$get({ query: { tz } }));
}

/** What is due today in the viewer's zone; refetched now and then, so a page left open rolls over at midnight. */
export function useToday(tz: string) {
  return useQuery({ queryKey: todayKeys.agenda(tz), queryFn: () => fetchToday(tz), refetchInterval: 5 * 60_000 });
}

/** Marks an outreach's follow-up done, from the Today page. */
export function useFollowUpDone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, outreachId }: { contactId: string; outreachId: string }) =>
      updateOutreach(contactId, outreachId, { followUpDone: true }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: todayKeys.all }),
        queryClient.invalidateQueries({ queryKey: contactKeys.all }),
      ]),
  });
}
