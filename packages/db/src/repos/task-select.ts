import { and, eq, getTableColumns, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { applications, companies, contacts, tasks } from "../schema.js";

export type TaskRecord = typeof tasks.$inferSelect;
export type TaskRow = TaskRecord & {
  companyName: string | null;
  applicationRoleTitle: string | null;
  applicationCompanyName: string | null;
  contactName: string | null;
};

/** The company of a task's application, beside the company a task may name itself. */
const applicationCompany = alias(companies, "application_company");

/** Tasks with the names of what they are linked to; `where` is ANDed with the owner. */
export function selectTasks(db: Db, userId: UserId, where?: SQL) {
  return db
    .select({
      ...getTableColumns(tasks),
      companyName: companies.name,
      applicationRoleTitle: applications.roleTitle,
      applicationCompanyName: applicationCompany.name,
      contactName: contacts.name,
    })
    .from(tasks)
    .leftJoin(companies, and(eq(companies.id, tasks.companyId), eq(companies.userId, tasks.userId)))
    .leftJoin(applications, and(eq(applications.id, tasks.applicationId), eq(applications.userId, tasks.userId)))
    .leftJoin(
      applicationCompany,
      and(eq(applicationCompany.id, applications.companyId), eq(applicationCompany.userId, tasks.userId)),
    )
    .leftJoin(contacts, and(eq(contacts.id, tasks.contactId), eq(contacts.userId, tasks.userId)))
    .where(and(eq(tasks.userId, userId), where));
}
