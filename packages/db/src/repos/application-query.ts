import { and, arrayContains, asc, desc, eq, ilike, inArray, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { STAGES, type ApplicationQuery, type ApplicationSort, type UserId } from "@loopwise/domain";
import { applications, companies } from "../schema.js";

/** The WHERE clause of a list query; every clause is scoped to the user. */
export function applicationFilter(userId: UserId, query: ApplicationQuery): SQL {
  const clauses: (SQL | undefined)[] = [eq(applications.userId, userId)];
  if (query.archived === "exclude") clauses.push(eq(applications.archived, false));
  if (query.archived === "only") clauses.push(eq(applications.archived, true));
  if (query.stage?.length) clauses.push(inArray(applications.stage, query.stage));
  if (query.remote?.length) clauses.push(inArray(applications.remotePolicy, query.remote));
  if (query.tier?.length) clauses.push(inArray(companies.tier, query.tier));
  if (query.companyId) clauses.push(eq(applications.companyId, query.companyId));
  if (query.minDesirability) clauses.push(sql`${applications.desirability} >= ${query.minDesirability}`);
  if (query.tag) clauses.push(arrayContains(applications.tags, [query.tag]));
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    clauses.push(
      or(
        ilike(companies.name, pattern),
        ilike(applications.roleTitle, pattern),
        ilike(applications.location, pattern),
        ilike(applications.level, pattern),
        ilike(applications.nextAction, pattern),
        ilike(applications.notes, pattern),
        sql`array_to_string(${applications.tags}, ' ') ilike ${pattern}`,
      ),
    );
  }
  return and(...clauses)!;
}

const stageOrder = sql`array_position(array[${sql.join(
  STAGES.map((s) => sql`${s}`),
  sql`, `,
)}]::text[], ${applications.stage})`;

const sortColumns: Record<ApplicationSort, SQLWrapper> = {
  position: stageOrder,
  company: sql`lower(${companies.name})`,
  role: sql`lower(${applications.roleTitle})`,
  level: applications.level,
  location: applications.location,
  source: applications.source,
  stage: stageOrder,
  // More days in the stage means an earlier entry: ascending days is descending timestamps.
  daysInStage: sql`(now() - ${applications.stageEnteredAt})`,
  desirability: applications.desirability,
  nextActionDue: applications.nextActionDue,
  appliedOn: applications.appliedOn,
  updatedAt: applications.updatedAt,
  createdAt: applications.createdAt,
};

/** ORDER BY for a sort; nulls last either way, then the board order so ties are stable. */
export function applicationOrder(sort: ApplicationSort, order: "asc" | "desc"): SQL[] {
  const direction = order === "asc" ? asc : desc;
  const primary = sql`${direction(sortColumns[sort])} nulls last`;
  const tieBreak = [asc(applications.position), asc(applications.id)];
  return sort === "position" || sort === "stage" ? [primary, ...tieBreak] : [primary, asc(stageOrder), ...tieBreak];
}
