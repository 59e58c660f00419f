import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { NotFound, type CompDataPointId, type UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { compDataPoints } from "../schema.js";

export type CompDataPointRow = typeof compDataPoints.$inferSelect;

/** A market data point ready to store: amounts already in minor units of `currency`. */
export interface CompDataPointValues {
  company: string;
  level: string | null;
  title: string | null;
  location: string | null;
  currency: string;
  baseMinor: number | null;
  totalMinor: number;
  source: string | null;
  observedOn: string | null;
}

export interface CompDataFilter {
  company?: string;
  level?: string;
}

/** The user's data points, newest first; `company` and `level` match whole values, case-insensitively. */
export async function listCompDataPoints(
  db: Db,
  userId: UserId,
  filter: CompDataFilter = {},
): Promise<CompDataPointRow[]> {
  const where: SQL[] = [eq(compDataPoints.userId, userId)];
  if (filter.company) where.push(eq(sql`lower(${compDataPoints.company})`, filter.company.trim().toLowerCase()));
  if (filter.level) where.push(eq(sql`lower(${compDataPoints.level})`, filter.level.trim().toLowerCase()));
  return db
    .select()
    .from(compDataPoints)
    .where(and(...where))
    .orderBy(
      desc(sql`coalesce(${compDataPoints.observedOn}, ${compDataPoints.createdAt}::date)`),
      desc(compDataPoints.createdAt),
      desc(compDataPoints.id),
    );
}

export async function createCompDataPoint(
  db: Db,
  userId: UserId,
  values: CompDataPointValues,
  now: string,
): Promise<CompDataPointRow> {
  const [row] = await db
    .insert(compDataPoints)
    .values({ ...values, userId, createdAt: now })
    .returning();
  return row!;
}

/** Stores many points in one statement per chunk; the caller runs it inside its transaction. */
export async function insertCompDataPoints(
  db: Db,
  userId: UserId,
  values: readonly CompDataPointValues[],
  now: string,
): Promise<number> {
  const CHUNK = 500;
  for (let start = 0; start < values.length; start += CHUNK) {
    const chunk = values.slice(start, start + CHUNK).map((value) => ({ ...value, userId, createdAt: now }));
    await db.insert(compDataPoints).values(chunk);
  }
  return values.length;
}

export async function deleteCompDataPoint(db: Db, userId: UserId, id: CompDataPointId): Promise<void> {
  const deleted = await db
    .delete(compDataPoints)
    .where(and(eq(compDataPoints.userId, userId), eq(compDataPoints.id, id)))
    .returning({ id: compDataPoints.id });
  if (deleted.length === 0) throw new NotFound("No such data point");
}

/**
 * What makes two points the same for a re-import: company (any case), level, currency, total and
 * date. The service keys both the stored points and the file's rows with it.
 */
export function compDataPointKey(point: {
  company: string;
  level: string | null;
  currency: string;
  totalMinor: number;
  observedOn: string | null;
}): string {
  return JSON.stringify([
    point.company.trim().toLowerCase(),
    point.level?.trim().toLowerCase() ?? null,
    point.currency,
    point.totalMinor,
    point.observedOn,
  ]);
}

/** The keys of every point the user has, to skip rows a re-import would duplicate. */
export async function compDataPointKeys(db: Db, userId: UserId): Promise<Set<string>> {
  const rows = await db
    .select({
      company: compDataPoints.company,
      level: compDataPoints.level,
      currency: compDataPoints.currency,
      totalMinor: compDataPoints.totalMinor,
      observedOn: compDataPoints.observedOn,
    })
    .from(compDataPoints)
    .where(eq(compDataPoints.userId, userId));
  return new Set(rows.map(compDataPointKey));
}
