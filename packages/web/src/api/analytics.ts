import type { AnalyticsReport } from "@loopwise/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "./client";

/** The query string of GET /api/analytics: dates as YYYY-MM-DD, an IANA zone. */
export interface AnalyticsParams {
  from?: string;
  to?: string;
  tz: string;
}

export const analyticsKeys = {
  all: ["analytics"] as const,
  report: (params: AnalyticsParams) => ["analytics", params] as const,
};

export function fetchAnalytics(params: AnalyticsParams): Promise<AnalyticsReport> {
  return unwrap<AnalyticsReport>(api.analytics.$get({ query: params }));
}

/**
 * The report for a range; the previous range's figures stay on screen while the next loads. Any
 * move on the board changes it and nothing here hears of moves, so each visit asks again.
 */
export function useAnalytics(params: AnalyticsParams) {
  return useQuery({
    queryKey: analyticsKeys.report(params),
    queryFn: () => fetchAnalytics(params),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
