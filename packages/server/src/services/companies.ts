import { createCompany, deleteCompany, getCompany, listCompanies, updateCompany, type Db } from "@loopwise/db";
import type { CompanyId, CompanyInput, CompanyPatch, UserId } from "@loopwise/domain";
import { toCompany } from "./dto.js";

export async function list(db: Db, userId: UserId) {
  return (await listCompanies(db, userId)).map(toCompany);
}

export async function get(db: Db, userId: UserId, id: CompanyId) {
  return toCompany(await getCompany(db, userId, id));
}

export async function create(db: Db, userId: UserId, input: CompanyInput, now: Date) {
  return toCompany(await createCompany(db, userId, input, now.toISOString()));
}

export async function update(db: Db, userId: UserId, id: CompanyId, patch: CompanyPatch, now: Date) {
  return toCompany(await updateCompany(db, userId, id, patch, now.toISOString()));
}

export async function remove(db: Db, userId: UserId, id: CompanyId, cascade: boolean) {
  await db.transaction((tx) => deleteCompany(tx, userId, id, cascade));
}
