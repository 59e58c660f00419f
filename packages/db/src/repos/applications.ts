import { and, asc, count, eq, getTableColumns } from "drizzle-orm";
import { NotFound, type ApplicationId, type ApplicationQuery, type Stage, type UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { applications, companies, stageHistory } from "../schema.js";
import { applicationFilter } from "./application-query.js";

export type ApplicationRecord = typeof applications.$inferSelect;
export type ApplicationRow = ApplicationRecord & { companyName: string; companyTier: number | null };
/** The columns a caller may write; identity, stage and position are the repository's. */
export type ApplicationValues = Omit<
  typeof applications.$inferInsert,
  "id" | "userId" | "stage" | "stageEnteredAt" | "position" | "createdAt" | "updatedAt"
>;

const rowColumns = {
  ...getTableColumns(applications),
  companyName: companies.name,
  companyTier: companies.tier,
};

function joined(db: Db) {
  return db
    .select(rowColumns)
    .from(applications)
    .innerJoin(companies, and(eq(companies.id, applications.companyId), eq(companies.userId, applications.userId)));
}

export async function countApplications(db: Db, userId: UserId, query: ApplicationQuery): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(applications)
    .innerJoin(companies, and(eq(companies.id, applications.companyId), eq(companies.userId, applications.userId)))
    .where(applicationFilter(userId, query));
  return row?.n ?? 0;
}

export async function getApplication(db: Db, userId: UserId, id: ApplicationId): Promise<ApplicationRow> {
  const [row] = await joined(db).where(and(eq(applications.userId, userId), eq(applications.id, id)));
  if (!row) throw new NotFound("No such application");
  return row;
}

/** Inserts an application with its whole stage path; the current stage is the path's last step. */
export async function insertApplication(
  db: Db,
  userId: UserId,
  values: ApplicationValues,
  path: readonly { stage: Stage; at: string }[],
  position: string,
  now: string,
): Promise<ApplicationId> {
  const last = path.at(-1);
  if (!last) throw new Error("an application needs at least one stage");
  const [row] = await db
    .insert(applications)
    .values({
      ...values,
      userId,
      stage: last.stage,
      stageEnteredAt: last.at,
      position,
      createdAt: path[0]!.at < now ? path[0]!.at : now,
      updatedAt: now,
    })
    .returning({ id: applications.id });
  const id = row!.id as ApplicationId;
  await db.insert(stageHistory).values(
    path.map((step, i) => ({
      userId,
      applicationId: id,
      fromStage: i === 0 ? null : path[i - 1]!.stage,
      toStage: step.stage,
      at: step.at,
    })),
  );
  return id;
}

export async function updateApplication(
  db: Db,
  userId: UserId,
  id: ApplicationId,
  values: Partial<ApplicationValues>,
  now: string,
): Promise<void> {
  const [row] = await db
    .update(applications)
    .set({ ...values, updatedAt: now })
    .where(and(eq(applications.userId, userId), eq(applications.id, id)))
    .returning({ id: applications.id });
  if (!row) throw new NotFound("No such application");
}

export async function deleteApplication(db: Db, userId: UserId, id: ApplicationId): Promise<void> {
  const [row] = await db
    .delete(applications)
    .where(and(eq(applications.userId, userId), eq(applications.id, id)))
    .returning({ id: applications.id });
  if (!row) throw new NotFound("No such application");
}

export async function stageHistoryOf(db: Db, userId: UserId, id: ApplicationId) {
  await requireApplication(db, userId, id);
  return db
    .select({
      id: stageHistory.id,
      fromStage: stageHistory.fromStage,
      toStage: stageHistory.toStage,
      at: stageHistory.at,
    })
    .from(stageHistory)
    .where(and(eq(stageHistory.userId, userId), eq(stageHistory.applicationId, id)))
    .orderBy(asc(stageHistory.at), asc(stageHistory.seq));
}

/** Throws NotFound unless the user owns this application. */
async function requireApplication(db: Db, userId: UserId, id: ApplicationId): Promise<void> {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.userId, userId), eq(applications.id, id)));
  if (!row) throw new NotFound("No such application");
}
