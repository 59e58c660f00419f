import { and, asc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import {
  CONTACT_ROLES,
  Invalid,
  NotFound,
  type ContactId,
  type ContactInput,
  type ContactPatch,
  type ContactQuery,
  type UserId,
} from "@loopwise/domain";
import type { Db } from "../database.js";
import { pgErrorCode } from "../pg-errors.js";
import { applicationContacts, applications, companies, contacts } from "../schema.js";

export type ContactRecord = typeof contacts.$inferSelect;
export type ContactRow = ContactRecord & {
  companyName: string | null;
  roles: string[];
  lastOutreachOn: string | null;
  nextFollowUpOn: string | null;
};

export interface ContactLinkRow {
  id: string;
  applicationId: string;
  companyName: string;
  roleTitle: string;
  stage: string;
  archived: boolean;
  role: string;
  referralStatus: string | null;
}

const FOREIGN_KEY_VIOLATION = "23503";

/** Roles in the order the domain lists them, so every answer lists them alike. */
const roleOrder = (role: SQL | typeof applicationContacts.role) =>
  sql`array_position(array[${sql.join(
    CONTACT_ROLES.map((r) => sql`${r}`),
    sql`, `,
  )}]::text[], ${role})`;

// Subqueries spell their tables out: inside one Drizzle writes columns unqualified.
const columns = {
  id: contacts.id,
  userId: contacts.userId,
  companyId: contacts.companyId,
  name: contacts.name,
  title: contacts.title,
  email: contacts.email,
  phone: contacts.phone,
  profileUrl: contacts.profileUrl,
  howWeMet: contacts.howWeMet,
  notes: contacts.notes,
  createdAt: contacts.createdAt,
  updatedAt: contacts.updatedAt,
  companyName: companies.name,
  roles: sql<
    string[]
  >`array(select distinct ac.role from "application_contacts" ac where ac.contact_id = "contacts"."id" and ac.user_id = "contacts"."user_id" order by 1)`,
  lastOutreachOn: sql<
    string | null
  >`(select max(o."on")::text from "outreach" o where o.contact_id = "contacts"."id" and o.user_id = "contacts"."user_id")`,
  nextFollowUpOn: sql<
    string | null
  >`(select min(o.follow_up_on)::text from "outreach" o where o.contact_id = "contacts"."id" and o.user_id = "contacts"."user_id" and not o.follow_up_done)`,
};

function selectContacts(db: Db) {
  return db
    .select(columns)
    .from(contacts)
    .leftJoin(companies, and(eq(companies.id, contacts.companyId), eq(companies.userId, contacts.userId)));
}

/** A user's contacts by name; `q` matches name, title, email, company, how you met and notes. */
export async function listContacts(db: Db, userId: UserId, query: ContactQuery = {}): Promise<ContactRow[]> {
  const clauses: (SQL | undefined)[] = [eq(contacts.userId, userId)];
  if (query.companyId) clauses.push(eq(contacts.companyId, query.companyId));
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    clauses.push(
      or(
        ilike(contacts.name, pattern),
        ilike(contacts.title, pattern),
        ilike(contacts.email, pattern),
        ilike(companies.name, pattern),
        ilike(contacts.howWeMet, pattern),
        ilike(contacts.notes, pattern),
      ),
    );
  }
  return selectContacts(db)
    .where(and(...clauses))
    .orderBy(asc(sql`lower(${contacts.name})`), asc(contacts.id));
}

export async function getContact(db: Db, userId: UserId, id: ContactId): Promise<ContactRow> {
  const [row] = await selectContacts(db).where(and(eq(contacts.userId, userId), eq(contacts.id, id)));
  if (!row) throw new NotFound("No such contact");
  return row;
}

/** The applications a contact is linked to, by company and role title. */
export async function contactLinks(db: Db, userId: UserId, id: ContactId): Promise<ContactLinkRow[]> {
  return db
    .select({
      id: applicationContacts.id,
      applicationId: applications.id,
      companyName: companies.name,
      roleTitle: applications.roleTitle,
      stage: applications.stage,
      archived: applications.archived,
      role: applicationContacts.role,
      referralStatus: applicationContacts.referralStatus,
    })
    .from(applicationContacts)
    .innerJoin(
      applications,
      and(eq(applications.id, applicationContacts.applicationId), eq(applications.userId, applicationContacts.userId)),
    )
    .innerJoin(companies, and(eq(companies.id, applications.companyId), eq(companies.userId, applications.userId)))
    .where(and(eq(applicationContacts.userId, userId), eq(applicationContacts.contactId, id)))
    .orderBy(
      asc(sql`lower(${companies.name})`),
      asc(sql`lower(${applications.roleTitle})`),
      asc(roleOrder(applicationContacts.role)),
      asc(applicationContacts.id),
    );
}

export async function createContact(db: Db, userId: UserId, input: ContactInput, now: string): Promise<ContactId> {
  const [row] = await withOwnCompany(() =>
    db
      .insert(contacts)
      .values({ ...input, userId, createdAt: now, updatedAt: now })
      .returning({ id: contacts.id }),
  );
  return row!.id as ContactId;
}

export async function updateContact(
  db: Db,
  userId: UserId,
  id: ContactId,
  patch: ContactPatch,
  now: string,
): Promise<void> {
  const [row] = await withOwnCompany(() =>
    db
      .update(contacts)
      .set({ ...patch, updatedAt: now })
      .where(and(eq(contacts.userId, userId), eq(contacts.id, id)))
      .returning({ id: contacts.id }),
  );
  if (!row) throw new NotFound("No such contact");
}

/** Deletes a contact; the database removes its links, outreach and interviewer entries with it. */
export async function deleteContact(db: Db, userId: UserId, id: ContactId): Promise<void> {
  const [row] = await db
    .delete(contacts)
    .where(and(eq(contacts.userId, userId), eq(contacts.id, id)))
    .returning({ id: contacts.id });
  if (!row) throw new NotFound("No such contact");
}

/**
 * The composite key (company_id, user_id) refuses another user's company, or one that is gone:
 * either way the request named no company of the user's.
 */
async function withOwnCompany<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (pgErrorCode(error) === FOREIGN_KEY_VIOLATION) {
      throw new Invalid("Invalid body: companyId names no company of yours", {
        companyId: "names no company of yours",
      });
    }
    throw error;
  }
}
