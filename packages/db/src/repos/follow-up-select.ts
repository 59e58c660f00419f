import { and, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import type { UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { companies, contacts, outreach } from "../schema.js";

/** An outreach entry whose follow-up is still open, with its contact and the contact's company. */
export interface FollowUpRow {
  id: string;
  contactId: string;
  contactName: string;
  companyName: string | null;
  on: string;
  channel: string;
  summary: string;
  followUpOn: string;
  updatedAt: string;
}

/** Open follow-ups (a date set, not done); `where` is ANDed with the owner. */
export function selectOpenFollowUps(db: Db, userId: UserId, where?: SQL) {
  return db
    .select({
      id: outreach.id,
      contactId: outreach.contactId,
      contactName: contacts.name,
      companyName: companies.name,
      on: outreach.on,
      channel: outreach.channel,
      summary: outreach.summary,
      followUpOn: sql<string>`${outreach.followUpOn}`.mapWith(outreach.followUpOn),
      updatedAt: outreach.updatedAt,
    })
    .from(outreach)
    .innerJoin(contacts, and(eq(contacts.id, outreach.contactId), eq(contacts.userId, outreach.userId)))
    .leftJoin(companies, and(eq(companies.id, contacts.companyId), eq(companies.userId, contacts.userId)))
    .where(and(eq(outreach.userId, userId), eq(outreach.followUpDone, false), isNotNull(outreach.followUpOn), where));
}
