import type { Application } from "@loopwise/domain";
import type { QueryClient } from "@tanstack/react-query";
import type { ApplicationList, ApplicationListQuery } from "./applications";
import { queryKeys } from "./query-keys";

export type ListEntry = [readonly unknown[], ApplicationList | undefined];

export function listQueryOf(key: readonly unknown[]): ApplicationListQuery {
  return (key[2] ?? {}) as ApplicationListQuery;
}

/** Every cached application list, with its query. */
export function cachedLists(queryClient: QueryClient): ListEntry[] {
  return queryClient.getQueriesData<ApplicationList>({ queryKey: queryKeys.applicationLists });
}

/** Puts the server's copy of one application into every cached list that holds it, in place. */
export function replaceInLists(queryClient: QueryClient, application: Application): void {
  for (const [key, list] of cachedLists(queryClient)) {
    if (!list) continue;
    const index = list.applications.findIndex((a) => a.id === application.id);
    if (index < 0) continue;
    const applications = list.applications.slice();
    applications[index] = application;
    queryClient.setQueryData<ApplicationList>(key, { ...list, applications });
  }
}
