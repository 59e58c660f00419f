import { and, eq, inArray, sql } from "drizzle-orm";
import {
  NotFound,
  PLANNABLE_STAGES,
  type ApplicationId,
  type PlanConstraints,
  type PlanOverrides,
  type UserId,
} from "@loopwise/domain";
import type { Db } from "../database.js";
import { applications, companies, offers, timingSettings } from "../schema.js";

/** One application as the timing planner sees it: everything `PlanApplication` needs, as stored. */
export interface PlannableRow {
  id: string;
  companyName: string;
  roleTitle: string;
  /** 3 when the user never rated it. */
  desirability: number;
  tier: number | null;
  stage: string;
  /** The instant it entered its stage; the service turns it into the user's calendar day. */
  stageEnteredAt: string;
  /** The offer's date received, when an offer is recorded. */
  offerReceivedOn: string | null;
  offerDeadline: string | null;
  timingOverrides: PlanOverrides | null;
}

/** The user's stored constraints; `{}` before the first save. */
export async function getTimingSettings(db: Db, userId: UserId): Promise<PlanConstraints> {
  const [row] = await db
    .select({ constraints: timingSettings.constraints })
    .from(timingSettings)
    .where(eq(timingSettings.userId, userId));
  return (row?.constraints ?? {}) as PlanConstraints;
}

/** Replaces the user's constraints (a PUT: what is left out is unset). */
export async function saveTimingSettings(
  db: Db,
  userId: UserId,
  constraints: PlanConstraints,
  now: string,
): Promise<void> {
  await db
    .insert(timingSettings)
    .values({ userId, constraints, updatedAt: now })
    .onConflictDoUpdate({ target: timingSettings.userId, set: { constraints, updatedAt: now } });
}

/**
 * Every application the planner covers, in one query: not archived, in a plannable stage (open,
 * before a decision), with its company, its recorded offer's date and its deadline. Oldest first,
 * so a plan lists companies in a stable order.
 */
export async function listPlannable(db: Db, userId: UserId): Promise<PlannableRow[]> {
  const a = applications;
  const rows = await db
    .select({
      id: a.id,
      companyName: companies.name,
      roleTitle: a.roleTitle,
      desirability: sql<number>`coalesce(${a.desirability}, 3)::int`,
      tier: companies.tier,
      stage: a.stage,
      stageEnteredAt: a.stageEnteredAt,
      offerReceivedOn: offers.receivedOn,
      offerDeadline: a.offerDeadline,
      timingOverrides: a.timingOverrides,
    })
    .from(a)
    .innerJoin(companies, and(eq(companies.id, a.companyId), eq(companies.userId, a.userId)))
    .leftJoin(offers, and(eq(offers.applicationId, a.id), eq(offers.userId, a.userId)))
    .where(and(eq(a.userId, userId), eq(a.archived, false), inArray(a.stage, [...PLANNABLE_STAGES])))
    .orderBy(a.createdAt, a.id);
  return rows.map((row) => ({ ...row, timingOverrides: (row.timingOverrides ?? null) as PlanOverrides | null }));
}

/** One application's timing overrides (null when none). */
export async function getTimingOverrides(db: Db, userId: UserId, id: ApplicationId): Promise<PlanOverrides | null> {
  const [row] = await db
    .select({ overrides: applications.timingOverrides })
    .from(applications)
    .where(and(eq(applications.userId, userId), eq(applications.id, id)));
  if (!row) throw new NotFound("No such application");
  return (row.overrides ?? null) as PlanOverrides | null;
}

/** Replaces one application's timing overrides; null clears them. */
export async function setTimingOverrides(
  db: Db,
  userId: UserId,
  id: ApplicationId,
  overrides: PlanOverrides | null,
  now: string,
): Promise<void> {
  const [row] = await db
    .update(applications)
    .set({ timingOverrides: overrides, updatedAt: now })
    .where(and(eq(applications.userId, userId), eq(applications.id, id)))
    .returning({ id: applications.id });
  if (!row) throw new NotFound("No such application");
}
