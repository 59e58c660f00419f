import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { ALL_APPLICATIONS, fetchApplications } from "../../api/applications";
import { queryKeys } from "../../api/query-keys";

/** Every tag in use, sorted; the current one is always offered. Fetched only once `enabled`. */
export function useAllTags(current: string | undefined, enabled = true): string[] {
  const { data } = useQuery({
    queryKey: queryKeys.applicationList(ALL_APPLICATIONS),
    queryFn: () => fetchApplications(ALL_APPLICATIONS),
    staleTime: 60_000,
    enabled,
  });
  return useMemo(() => {
    const tags = new Set<string>();
    for (const application of data?.applications ?? []) for (const tag of application.tags) tags.add(tag);
    if (current) tags.add(current);
    return [...tags].sort((a, b) => a.localeCompare(b));
  }, [data, current]);
}
