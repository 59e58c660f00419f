import { and, asc, count, eq, sql } from "drizzle-orm";
import {
  Conflict,
  NotFound,
  type CompanyId,
  type CompanyInput,
  type CompanyPatch,
  type UserId,
} from "@loopwise/domain";
import type { Db } from "../database.js";
import { pgErrorCode, UNIQUE_VIOLATION } from "../pg-errors.js";
import { companies } from "../schema.js";

export type CompanyRow = typeof companies.$inferSelect & { applicationCount: number };

const columns = {
  id: companies.id,
  userId: companies.userId,
  name: companies.name,
  website: companies.website,
  tier: companies.tier,
  notes: companies.notes,
  createdAt: companies.createdAt,
  updatedAt: companies.updatedAt,
  // Spelled out: inside a subquery Drizzle writes columns unqualified, and "id" would be a.id.
  applicationCount: sql<number>`(select count(*)::int from "applications" a where a.company_id = "companies"."id" and a.user_id = "companies"."user_id")`,
};

export async function listCompanies(db: Db, userId: UserId): Promise<CompanyRow[]> {
  return db
    .select(columns)
    .from(companies)
    .where(eq(companies.userId, userId))
    .orderBy(asc(sql`lower(${companies.name})`));
}

export async function getCompany(db: Db, userId: UserId, id: CompanyId): Promise<CompanyRow> {
  const [row] = await db
    .select(columns)
    .from(companies)
    .where(and(eq(companies.userId, userId), eq(companies.id, id)));
  if (!row) throw new NotFound("No such company");
  return row;
}

export async function findCompanyByName(db: Db, userId: UserId, name: string): Promise<CompanyRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(companies)
    .where(and(eq(companies.userId, userId), eq(sql`lower(${companies.name})`, name.toLowerCase())));
  return row;
}

export async function createCompany(db: Db, userId: UserId, input: CompanyInput, now: string): Promise<CompanyRow> {
  const [row] = await withNameConflict(input.name, () =>
    db
      .insert(companies)
      .values({ ...input, userId, createdAt: now, updatedAt: now })
      .returning(),
  );
  return { ...row!, applicationCount: 0 };
}

export async function updateCompany(
  db: Db,
  userId: UserId,
  id: CompanyId,
  patch: CompanyPatch,
  now: string,
): Promise<CompanyRow> {
  const [row] = await withNameConflict(patch.name ?? "", () =>
    db
      .update(companies)
      .set({ ...patch, updatedAt: now })
      .where(and(eq(companies.userId, userId), eq(companies.id, id)))
      .returning({ id: companies.id }),
  );
  if (!row) throw new NotFound("No such company");
  return getCompany(db, userId, id);
}

/** Deletes a company; one with applications only when `cascade`, taking them with it. */
export async function deleteCompany(db: Db, userId: UserId, id: CompanyId, cascade: boolean): Promise<void> {
  const company = await getCompany(db, userId, id);
  if (company.applicationCount > 0 && !cascade) {
    throw new Conflict(
      `${company.name} has ${company.applicationCount} application(s); delete them first or pass cascade=true`,
    );
  }
  await db.delete(companies).where(and(eq(companies.userId, userId), eq(companies.id, id)));
}

export async function countCompanies(db: Db, userId: UserId): Promise<number> {
  const [row] = await db.select({ n: count() }).from(companies).where(eq(companies.userId, userId));
  return row?.n ?? 0;
}

async function withNameConflict<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (pgErrorCode(error) === UNIQUE_VIOLATION) throw new Conflict(`A company named "${name}" already exists`);
    throw error;
  }
}
