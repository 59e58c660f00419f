import { and, eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import type { UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { applications, companies, offers } from "../schema.js";

export type OfferRecord = typeof offers.$inferSelect;
export type OfferRow = OfferRecord & {
  companyName: string;
  roleTitle: string;
  tier: number | null;
  stage: string;
  /** The application's offer deadline. */
  deadline: string | null;
  /** Most frequent first; a flag counts once per interview that noted it. */
  redFlags: { flag: string; count: number }[];
  negotiation: { events: number; asks: number };
};

// Spelled out: inside a subquery Drizzle writes columns unqualified, and "id" would be the inner table's.
const rowColumns = {
  ...getTableColumns(offers),
  companyName: companies.name,
  roleTitle: applications.roleTitle,
  tier: companies.tier,
  stage: applications.stage,
  deadline: applications.offerDeadline,
  redFlags: sql<{ flag: string; count: number }[]>`coalesce((
    select json_agg(json_build_object('flag', f.flag, 'count', f.n) order by f.n desc, f.flag)
    from (
      select flag, count(distinct i.id)::int as n
      from "interviews" i cross join lateral unnest(i.red_flags) as flag
      where i.application_id = "offers"."application_id" and i.user_id = "offers"."user_id"
      group by flag
    ) f
  ), '[]'::json)`,
  negotiation: sql<{ events: number; asks: number }>`(
    select json_build_object('events', count(*)::int, 'asks', (count(*) filter (where e.kind = 'ask'))::int)
    from "negotiation_events" e
    where e.offer_id = "offers"."id" and e.user_id = "offers"."user_id"
  )`,
};

/** Offers with their application's names, stage and deadline, red flags and negotiation counts. */
export function selectOffers(db: Db, userId: UserId, where?: SQL) {
  return db
    .select(rowColumns)
    .from(offers)
    .innerJoin(applications, and(eq(applications.id, offers.applicationId), eq(applications.userId, offers.userId)))
    .innerJoin(companies, and(eq(companies.id, applications.companyId), eq(companies.userId, applications.userId)))
    .where(and(eq(offers.userId, userId), where));
}
