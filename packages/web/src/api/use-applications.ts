import type { ApplicationInput, ApplicationPatch } from "@loopwise/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  createApplication,
  deleteApplication,
  fetchApplication,
  fetchApplications,
  fetchHistory,
  loadSampleSearch,
  updateApplication,
  type ApplicationListQuery,
} from "./applications";
import { queryKeys } from "./query-keys";
import { offerKeys } from "./offers";
import { replaceInLists } from "./list-cache";
import { timingKeys } from "./timing";

export function useApplicationList(query: ApplicationListQuery) {
  return useQuery({
    queryKey: queryKeys.applicationList(query),
    queryFn: () => fetchApplications(query),
    placeholderData: keepPreviousData,
  });
}

/** How many applications exist at all, archived included: zero means the empty state. */
export function useApplicationCount() {
  return useQuery({
    queryKey: queryKeys.applicationCount,
    queryFn: async () => (await fetchApplications({ archived: "include", limit: "1" })).total,
  });
}

export function useApplication(id: string) {
  return useQuery({ queryKey: queryKeys.application(id), queryFn: () => fetchApplication(id) });
}

export function useHistory(id: string) {
  return useQuery({ queryKey: queryKeys.history(id), queryFn: () => fetchHistory(id) });
}

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApplicationInput) => createApplication(input),
    // Not awaited: the caller's onSuccess (which asks for focus on the new card) runs before the refetch lands.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.applications });
      void queryClient.invalidateQueries({ queryKey: queryKeys.companies });
    },
  });
}

export function useUpdateApplication(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: ApplicationPatch) => updateApplication(id, patch),
    onSuccess: (application) => {
      queryClient.setQueryData(queryKeys.application(id), application);
      replaceInLists(queryClient, application);
      void queryClient.invalidateQueries({ queryKey: queryKeys.applicationLists });
      void queryClient.invalidateQueries({ queryKey: queryKeys.companies });
      // The offer deadline is the application's: the offers show it too.
      void queryClient.invalidateQueries({ queryKey: offerKeys.all });
      void queryClient.invalidateQueries({ queryKey: timingKeys.plans });
    },
  });
}

export function useDeleteApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteApplication(id),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: queryKeys.application(id) });
      queryClient.removeQueries({ queryKey: queryKeys.history(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.applicationLists });
      void queryClient.invalidateQueries({ queryKey: queryKeys.applicationCount });
      void queryClient.invalidateQueries({ queryKey: queryKeys.companies });
      void queryClient.invalidateQueries({ queryKey: offerKeys.all });
      void queryClient.invalidateQueries({ queryKey: timingKeys.plans });
    },
  });
}

export function useLoadSample() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: loadSampleSearch,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.applications }),
        queryClient.invalidateQueries({ queryKey: queryKeys.companies }),
        queryClient.invalidateQueries({ queryKey: offerKeys.all }),
      ]);
    },
  });
}
