import { and, eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import type { UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { applications, companies, interviews } from "../schema.js";

export type InterviewRecord = typeof interviews.$inferSelect;
export type InterviewRow = InterviewRecord & {
  companyName: string;
  roleTitle: string;
  /** Alphabetical by name. */
  interviewers: { id: string; name: string }[];
  sessionIds: string[];
};

// Spelled out: inside a subquery Drizzle writes columns unqualified, and "id" would be the inner table's.
const rowColumns = {
  ...getTableColumns(interviews),
  companyName: companies.name,
  roleTitle: applications.roleTitle,
  interviewers: sql<{ id: string; name: string }[]>`coalesce((
    select json_agg(json_build_object('id', c.id, 'name', c.name) order by lower(c.name), c.id)
    from "interviewers" i join "contacts" c on c.id = i.contact_id and c.user_id = i.user_id
    where i.interview_id = "interviews"."id" and i.user_id = "interviews"."user_id"
  ), '[]'::json)`,
  sessionIds: sql<string[]>`coalesce((
    select json_agg(s.id order by s.starts_at, s.id) from "interviews" s
    where s.parent_id = "interviews"."id" and s.user_id = "interviews"."user_id"
  ), '[]'::json)`,
};

/** Interviews with their application's names, interviewers and sessions; `where` is ANDed with the owner. */
export function selectInterviews(db: Db, userId: UserId, where?: SQL) {
  return db
    .select(rowColumns)
    .from(interviews)
    .innerJoin(
      applications,
      and(eq(applications.id, interviews.applicationId), eq(applications.userId, interviews.userId)),
    )
    .innerJoin(companies, and(eq(companies.id, applications.companyId), eq(companies.userId, applications.userId)))
    .where(and(eq(interviews.userId, userId), where));
}
