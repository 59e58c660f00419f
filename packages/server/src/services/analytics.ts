import { loadAnalyticsInput, type Db } from "@loopwise/db";
import {
  analyticsFetchWindow,
  analyticsReport,
  type AnalyticsQuery,
  type AnalyticsReport,
  type UserId,
} from "@loopwise/domain";

/**
 * The analytics page for a range: the repository fetches the histories and activity the range
 * can touch, the domain computes every figure. Nothing is written, so no transaction.
 */
export async function report(db: Db, userId: UserId, query: AnalyticsQuery, now: Date): Promise<AnalyticsReport> {
  const at = now.toISOString();
  const input = await loadAnalyticsInput(db, userId, analyticsFetchWindow(query, at));
  return analyticsReport(input, query, at);
}
