import { and, desc, eq } from "drizzle-orm";
import { NotFound, type ContactId, type OutreachId, type OutreachInput, type UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { pgErrorCode } from "../pg-errors.js";
import { contacts, outreach } from "../schema.js";

export type OutreachRow = typeof outreach.$inferSelect;
/** The columns a caller may write. */
export type OutreachValues = Pick<
  OutreachRow,
  "on" | "channel" | "summary" | "replied" | "followUpOn" | "followUpDone"
>;

const FOREIGN_KEY_VIOLATION = "23503";

/** A contact's outreach log, newest first (by date, then by when it was written). */
export async function listOutreach(db: Db, userId: UserId, contactId: ContactId): Promise<OutreachRow[]> {
  await requireContact(db, userId, contactId);
  return db
    .select()
    .from(outreach)
    .where(and(eq(outreach.userId, userId), eq(outreach.contactId, contactId)))
    .orderBy(desc(outreach.on), desc(outreach.createdAt), desc(outreach.id));
}

/** One entry, locked for the rest of the transaction when `forUpdate`. */
export async function getOutreach(
  db: Db,
  userId: UserId,
  contactId: ContactId,
  id: OutreachId,
  forUpdate = false,
): Promise<OutreachRow> {
  const query = db
    .select()
    .from(outreach)
    .where(and(eq(outreach.userId, userId), eq(outreach.contactId, contactId), eq(outreach.id, id)));
  const [row] = await (forUpdate ? query.for("update") : query);
  if (!row) throw new NotFound("No such outreach entry");
  return row;
}

export async function createOutreach(
  db: Db,
  userId: UserId,
  contactId: ContactId,
  input: OutreachInput,
  now: string,
): Promise<OutreachRow> {
  try {
    const [row] = await db
      .insert(outreach)
      .values({
        userId,
        contactId,
        on: input.on,
        channel: input.channel,
        summary: input.summary,
        replied: input.replied ?? false,
        followUpOn: input.followUpOn ?? null,
        followUpDone: input.followUpDone ?? false,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return row!;
  } catch (error) {
    // The only key an insert can break is (contact_id, user_id): the path named no contact of the user's.
    if (pgErrorCode(error) === FOREIGN_KEY_VIOLATION) throw new NotFound("No such contact");
    throw error;
  }
}

export async function updateOutreach(
  db: Db,
  userId: UserId,
  contactId: ContactId,
  id: OutreachId,
  values: Partial<OutreachValues>,
  now: string,
): Promise<OutreachRow> {
  const [row] = await db
    .update(outreach)
    .set({ ...values, updatedAt: now })
    .where(and(eq(outreach.userId, userId), eq(outreach.contactId, contactId), eq(outreach.id, id)))
    .returning();
  if (!row) throw new NotFound("No such outreach entry");
  return row;
}

export async function deleteOutreach(db: Db, userId: UserId, contactId: ContactId, id: OutreachId): Promise<void> {
  const [row] = await db
    .delete(outreach)
    .where(and(eq(outreach.userId, userId), eq(outreach.contactId, contactId), eq(outreach.id, id)))
    .returning({ id: outreach.id });
  if (!row) throw new NotFound("No such outreach entry");
}

async function requireContact(db: Db, userId: UserId, id: ContactId): Promise<void> {
  const [row] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.userId, userId), eq(contacts.id, id)));
  if (!row) throw new NotFound("No such contact");
}
