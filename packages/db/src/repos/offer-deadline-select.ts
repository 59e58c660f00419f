import { and, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import type { UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { applications, companies } from "../schema.js";

export interface OfferDeadlineRow {
  applicationId: string;
  companyName: string;
  roleTitle: string;
  offerDeadline: string;
  updatedAt: string;
}

/** Applications not archived that have an offer deadline; `where` is ANDed with the owner. */
export function selectOfferDeadlines(db: Db, userId: UserId, where?: SQL) {
  return db
    .select({
      applicationId: applications.id,
      companyName: companies.name,
      roleTitle: applications.roleTitle,
      offerDeadline: sql<string>`${applications.offerDeadline}`.mapWith(applications.offerDeadline),
      updatedAt: applications.updatedAt,
    })
    .from(applications)
    .innerJoin(companies, and(eq(companies.id, applications.companyId), eq(companies.userId, applications.userId)))
    .where(
      and(
        eq(applications.userId, userId),
        eq(applications.archived, false),
        isNotNull(applications.offerDeadline),
        where,
      ),
    );
}
