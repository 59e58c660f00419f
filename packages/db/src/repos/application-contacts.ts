import { and, asc, eq, sql } from "drizzle-orm";
import {
  CONTACT_ROLE_LABELS,
  CONTACT_ROLES,
  Conflict,
  Invalid,
  NotFound,
  type ApplicationId,
  type ContactRole,
  type ReferralStatus,
  type UserId,
} from "@loopwise/domain";
import type { Db } from "../database.js";
import { pgErrorCode, UNIQUE_VIOLATION } from "../pg-errors.js";
import { applicationContacts, applications, companies, contacts } from "../schema.js";

export interface ApplicationContactRow {
  id: string;
  role: string;
  referralStatus: string | null;
  contactId: string;
  contactName: string;
  contactTitle: string | null;
  contactEmail: string | null;
  contactCompanyName: string | null;
}

export interface ApplicationContactValues {
  contactId: string;
  role: ContactRole;
  referralStatus: ReferralStatus | null;
}

const FOREIGN_KEY_VIOLATION = "23503";

const roleOrder = sql`array_position(array[${sql.join(
  CONTACT_ROLES.map((r) => sql`${r}`),
  sql`, `,
)}]::text[], ${applicationContacts.role})`;

function selectLinks(db: Db) {
  return db
    .select({
      id: applicationContacts.id,
      role: applicationContacts.role,
      referralStatus: applicationContacts.referralStatus,
      contactId: contacts.id,
      contactName: contacts.name,
      contactTitle: contacts.title,
      contactEmail: contacts.email,
      contactCompanyName: companies.name,
    })
    .from(applicationContacts)
    .innerJoin(
      contacts,
      and(eq(contacts.id, applicationContacts.contactId), eq(contacts.userId, applicationContacts.userId)),
    )
    .leftJoin(companies, and(eq(companies.id, contacts.companyId), eq(companies.userId, contacts.userId)));
}

/** The people on an application, referrers first (the roles' order), then by name. */
export async function listApplicationContacts(
  db: Db,
  userId: UserId,
  applicationId: ApplicationId,
): Promise<ApplicationContactRow[]> {
  await requireApplication(db, userId, applicationId);
  return selectLinks(db)
    .where(and(eq(applicationContacts.userId, userId), eq(applicationContacts.applicationId, applicationId)))
    .orderBy(asc(roleOrder), asc(sql`lower(${contacts.name})`), asc(applicationContacts.id));
}

export async function getApplicationContact(
  db: Db,
  userId: UserId,
  applicationId: ApplicationId,
  linkId: string,
): Promise<ApplicationContactRow> {
  const [row] = await selectLinks(db).where(
    and(
      eq(applicationContacts.userId, userId),
      eq(applicationContacts.applicationId, applicationId),
      eq(applicationContacts.id, linkId),
    ),
  );
  if (!row) throw new NotFound("No such person on this application");
  return row;
}

/**
 * Links a contact to an application in a role. The application is the path's (404 when not the
 * user's); the contact is the body's (400 when not the user's); one role per person is one link.
 */
export async function createApplicationContact(
  db: Db,
  userId: UserId,
  applicationId: ApplicationId,
  values: ApplicationContactValues,
  now: string,
): Promise<string> {
  await requireApplication(db, userId, applicationId);
  try {
    const [row] = await db
      .insert(applicationContacts)
      .values({ ...values, userId, applicationId, createdAt: now })
      .returning({ id: applicationContacts.id });
    return row!.id;
  } catch (error) {
    const code = pgErrorCode(error);
    if (code === UNIQUE_VIOLATION) {
      throw new Conflict(`This person is already linked to the application as ${CONTACT_ROLE_LABELS[values.role]}`);
    }
    // The application was checked above; only a concurrent delete would make its key fail.
    if (code === FOREIGN_KEY_VIOLATION && constraintOf(error) === "application_contacts_application_fk") {
      throw new NotFound("No such application");
    }
    if (code === FOREIGN_KEY_VIOLATION) {
      throw new Invalid("Invalid body: contactId names no contact of yours", {
        contactId: "names no contact of yours",
      });
    }
    throw error;
  }
}

export async function setReferralStatus(
  db: Db,
  userId: UserId,
  applicationId: ApplicationId,
  linkId: string,
  referralStatus: ReferralStatus,
): Promise<void> {
  const [row] = await db
    .update(applicationContacts)
    .set({ referralStatus })
    .where(
      and(
        eq(applicationContacts.userId, userId),
        eq(applicationContacts.applicationId, applicationId),
        eq(applicationContacts.id, linkId),
      ),
    )
    .returning({ id: applicationContacts.id });
  if (!row) throw new NotFound("No such person on this application");
}

export async function deleteApplicationContact(
  db: Db,
  userId: UserId,
  applicationId: ApplicationId,
  linkId: string,
): Promise<void> {
  const [row] = await db
    .delete(applicationContacts)
    .where(
      and(
        eq(applicationContacts.userId, userId),
        eq(applicationContacts.applicationId, applicationId),
        eq(applicationContacts.id, linkId),
      ),
    )
    .returning({ id: applicationContacts.id });
  if (!row) throw new NotFound("No such person on this application");
}

/** The constraint a driver error names, looking through Drizzle's wrapping. */
function constraintOf(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const constraint = (e as { constraint?: unknown }).constraint;
    if (typeof constraint === "string") return constraint;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

async function requireApplication(db: Db, userId: UserId, id: ApplicationId): Promise<void> {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.userId, userId), eq(applications.id, id)));
  if (!row) throw new NotFound("No such application");
}
