import { sql, type SQL } from "drizzle-orm";
import type { AnalyticsFetchWindow, AnalyticsInput, InterviewOutcome, Source, Stage, UserId } from "@loopwise/domain";
import type { Db } from "../database.js";

const and = (conditions: (SQL | undefined)[]) =>
  sql.join(
    conditions.filter((c): c is SQL => c !== undefined),
    sql` and `,
  );

/**
 * Everything the analytics read, in one statement answering three JSON texts: per application
 * `[source, [[stage, at], ...]]` with its history in written order; per interview
 * `[starts_at, outcome, has_sessions]`; per outreach entry its date. JSON built by the database
 * is one value to the driver instead of 20,000 rows (as for the list, docs/decisions/0003). The
 * window keeps out applications that entered after the range or last moved before it.
 */
export function analyticsQuery(userId: UserId, window: AnalyticsFetchWindow): SQL {
  const entered = window.enteredBefore === null ? undefined : sql`min(s.at) < ${window.enteredBefore}::timestamptz`;
  const moved = window.since === null ? undefined : sql`max(s.at) >= ${window.since}::timestamptz`;
  const having = entered || moved ? sql`having ${and([entered, moved])}` : sql``;
  return sql`select
    (select coalesce(json_agg(json_build_array(h.source, h.steps)), '[]')::text from (
      select a.source, json_agg(json_build_array(s.to_stage, s.at) order by s.at, s.seq) as steps
      from applications a
      join stage_history s on s.application_id = a.id and s.user_id = a.user_id
      where a.user_id = ${userId}
      group by a.id
      ${having}
    ) h) as applications,
    (select coalesce(json_agg(json_build_array(i.starts_at, i.outcome, exists (
        select 1 from interviews c where c.user_id = i.user_id and c.parent_id = i.id
      ))), '[]')::text
      from interviews i
      where ${and([
        sql`i.user_id = ${userId}`,
        sql`i.starts_at < ${window.activityBefore}::timestamptz`,
        window.since === null ? undefined : sql`i.starts_at >= ${window.since}::timestamptz`,
      ])}
    ) as interviews,
    (select coalesce(json_agg(o."on"), '[]')::text
      from outreach o
      where ${and([
        sql`o.user_id = ${userId}`,
        sql`o."on" <= ${window.toDate}::date`,
        window.fromDate === null ? undefined : sql`o."on" >= ${window.fromDate}::date`,
      ])}
    ) as outreach`;
}

interface AnalyticsRow {
  applications: string;
  interviews: string;
  outreach: string;
}

/** The stage histories, interviews and outreach the analytics of `window` need, of one user. */
export async function loadAnalyticsInput(
  db: Db,
  userId: UserId,
  window: AnalyticsFetchWindow,
): Promise<AnalyticsInput> {
  const result = await db.execute(analyticsQuery(userId, window));
  const row = (result as unknown as { rows: AnalyticsRow[] }).rows[0]!;
  const applications = JSON.parse(row.applications) as [Source | null, [Stage, string][]][];
  const interviews = JSON.parse(row.interviews) as [string, InterviewOutcome, boolean][];
  const outreach = JSON.parse(row.outreach) as string[];
  return {
    applications: applications.map(([source, steps]) => ({
      source,
      steps: steps.map(([stage, at]) => ({ stage, at })),
    })),
    interviews: interviews.map(([startsAt, outcome, hasSessions]) => ({ startsAt, outcome, hasSessions })),
    outreach: outreach.map((on) => ({ on })),
  };
}
