import { and, eq, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { ApplicationQuery, ApplicationSummary, UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { applications, companies } from "../schema.js";
import { applicationFilter, applicationOrder } from "./application-query.js";

/** A timestamp as JavaScript's toISOString writes it, whatever the session's time zone. */
const iso = (column: SQLWrapper) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The list as one JSON document built by the database: 2,000 cards are one text value to the
 * driver instead of 50,000 fields to parse and re-serialize (docs/decisions/0003). Each row is
 * cast to the `application_card` type, whose field names are the keys of `ApplicationSummary`;
 * a test holds every card equal to the detail's fields.
 */
export function applicationListQuery(userId: UserId, query: ApplicationQuery, now: string): SQL {
  const order = sql.join(applicationOrder(query.sort, query.order), sql`, `);
  const a = applications;
  // The order of the fields is the order of the type's attributes (migration 0001).
  const card = sql.join(
    [
      a.id,
      a.companyId,
      companies.name,
      companies.tier,
      a.roleTitle,
      a.level,
      a.location,
      a.remotePolicy,
      a.source,
      a.desirability,
      a.tags,
      a.appliedOn,
      a.nextAction,
      a.nextActionDue,
      a.stage,
      iso(a.stageEnteredAt),
      sql`greatest(0, floor(extract(epoch from (${now}::timestamptz - ${a.stageEnteredAt})) / 86400))::int`,
      a.position,
      a.archived,
    ],
    sql`, `,
  );
  return sql`select coalesce(json_agg(r.card order by r.ord), '[]'::json)::text as json, count(*)::int as n
    from (
      select row(${card})::application_card as card, row_number() over (order by ${order}) as ord
      from ${applications}
      inner join ${companies} on ${and(eq(companies.id, a.companyId), eq(companies.userId, a.userId))}
      where ${applicationFilter(userId, query)}
      order by ${order}
      limit ${query.limit} offset ${query.offset}
    ) r`;
}

/** The list's JSON text and how many cards it holds. */
export async function listApplicationsJson(
  db: Db,
  userId: UserId,
  query: ApplicationQuery,
  now: string,
): Promise<{ json: string; count: number }> {
  const result = await db.execute<{ json: string; n: number }>(applicationListQuery(userId, query, now));
  const row = (result as unknown as { rows: { json: string; n: number }[] }).rows[0];
  return { json: row?.json ?? "[]", count: Number(row?.n ?? 0) };
}

/** The list as values, for callers inside the process (tests, exports). */
export async function listApplications(
  db: Db,
  userId: UserId,
  query: ApplicationQuery,
  now: string = new Date().toISOString(),
): Promise<ApplicationSummary[]> {
  return JSON.parse((await listApplicationsJson(db, userId, query, now)).json) as ApplicationSummary[];
}
