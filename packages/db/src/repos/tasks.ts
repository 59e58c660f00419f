import { and, asc, desc, eq, isNotNull, isNull, lte, sql, type SQL } from "drizzle-orm";
import { NotFound, type TaskId, type UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { applications, companies, contacts, tasks } from "../schema.js";
import { selectTasks, type TaskRow } from "./task-select.js";

export type { TaskRecord, TaskRow } from "./task-select.js";

/** The columns a caller may write; identity, owner and stamps are the repository's. */
export type TaskValues = Omit<typeof tasks.$inferInsert, "id" | "userId" | "createdAt" | "updatedAt">;

export interface TaskFilter {
  status: "open" | "done" | "all";
  applicationId?: string;
  companyId?: string;
  contactId?: string;
  /** Open tasks due on or before this date (YYYY-MM-DD). */
  dueBy?: string;
}

export type TaskLinks = Pick<TaskValues, "companyId" | "applicationId" | "contactId">;

/** Open tasks first, soonest due first and undated last; then done tasks, the latest done first. */
export async function listTasks(db: Db, userId: UserId, filter: TaskFilter): Promise<TaskRow[]> {
  const clauses: (SQL | undefined)[] = [
    filter.status === "open" ? isNull(tasks.doneAt) : filter.status === "done" ? isNotNull(tasks.doneAt) : undefined,
    filter.applicationId ? eq(tasks.applicationId, filter.applicationId) : undefined,
    filter.companyId ? eq(tasks.companyId, filter.companyId) : undefined,
    filter.contactId ? eq(tasks.contactId, filter.contactId) : undefined,
    filter.dueBy ? and(isNull(tasks.doneAt), lte(tasks.dueOn, filter.dueBy)) : undefined,
  ];
  return selectTasks(db, userId, and(...clauses)).orderBy(
    sql`${tasks.doneAt} is not null`,
    sql`(case when ${tasks.doneAt} is null then ${tasks.dueOn} end) asc nulls last`,
    desc(tasks.doneAt),
    asc(tasks.createdAt),
    asc(tasks.id),
  );
}

export async function getTask(db: Db, userId: UserId, id: TaskId): Promise<TaskRow> {
  const [row] = await selectTasks(db, userId, eq(tasks.id, id));
  if (!row) throw new NotFound("No such task");
  return row;
}

export async function insertTask(db: Db, userId: UserId, values: TaskValues, now: string): Promise<TaskId> {
  const [row] = await db
    .insert(tasks)
    .values({ ...values, userId, createdAt: now, updatedAt: now })
    .returning({ id: tasks.id });
  return row!.id as TaskId;
}

/** `done` marks the task done at `now` (keeping an earlier time if it already was) or open again. */
export async function updateTask(
  db: Db,
  userId: UserId,
  id: TaskId,
  values: Partial<TaskValues>,
  done: boolean | undefined,
  now: string,
): Promise<void> {
  const doneAt = done === undefined ? {} : { doneAt: done ? sql`coalesce(${tasks.doneAt}, ${now})` : null };
  const [row] = await db
    .update(tasks)
    .set({ ...values, ...doneAt, updatedAt: now })
    .where(and(eq(tasks.userId, userId), eq(tasks.id, id)))
    .returning({ id: tasks.id });
  if (!row) throw new NotFound("No such task");
}

export async function deleteTask(db: Db, userId: UserId, id: TaskId): Promise<void> {
  const [row] = await db
    .delete(tasks)
    .where(and(eq(tasks.userId, userId), eq(tasks.id, id)))
    .returning({ id: tasks.id });
  if (!row) throw new NotFound("No such task");
}

/** The fields among the given links that name no row of this user (in one round trip). */
export async function foreignTaskLinks(db: Db, userId: UserId, links: TaskLinks): Promise<(keyof TaskLinks)[]> {
  const owned = (table: typeof companies | typeof applications | typeof contacts, id: string | null | undefined) =>
    id
      ? sql<boolean>`exists (select 1 from ${table} where ${table.id} = ${id} and ${table.userId} = ${userId})`
      : sql<boolean>`true`;
  const [row] = await db
    .select({
      companyId: owned(companies, links.companyId),
      applicationId: owned(applications, links.applicationId),
      contactId: owned(contacts, links.contactId),
    })
    .from(sql`(select 1) as one`);
  return (["companyId", "applicationId", "contactId"] as const).filter((field) => row?.[field] === false);
}
