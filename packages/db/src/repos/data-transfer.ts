import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { ExportTable, ExportTables, UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { pgErrorCode } from "../pg-errors.js";
import {
  applicationContacts,
  applications,
  companies,
  contacts,
  interviewers,
  interviews,
  outreach,
  stageHistory,
  tasks,
} from "../schema.js";

/*
 * Every row of one user in the shape of the export document, and the writes an import or a
 * restore needs. Each function runs in the caller's transaction; none opens its own.
 */

/** Tables whose rows carry their own id (interviewers are keyed by the pair they link). */
export type IdTable = Exclude<ExportTable, "interviewers">;
type Rows<T extends ExportTable> = ExportTables[T];

const TABLES = {
  companies,
  applications,
  stageHistory,
  contacts,
  applicationContacts,
  outreach,
  interviews,
  tasks,
} as const;

/** Writing many rows per statement, under PostgreSQL's 65,535 parameters per statement. */
const CHUNK = 500;

/**
 * A timestamp as ISO 8601 in UTC to the microsecond the database keeps (a JavaScript Date would
 * drop the last three digits); `compactInstant` shortens it when those digits are zero.
 */
function utc(column: PgColumn): SQL<string> {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

export function compactInstant(text: string): string {
  return text.replace(/\.(\d{3})000Z$/, ".$1Z");
}

function compact<T extends Record<string, unknown>>(rows: T[], keys: readonly (keyof T)[]): T[] {
  for (const row of rows) {
    for (const key of keys) {
      const value = row[key];
      if (typeof value === "string") row[key] = compactInstant(value) as T[keyof T];
    }
  }
  return rows;
}

const stampColumns = (t: { createdAt: PgColumn; updatedAt: PgColumn }) => ({
  createdAt: utc(t.createdAt),
  updatedAt: utc(t.updatedAt),
});
const STAMPS = ["createdAt", "updatedAt"] as const;

/** Every row of the user, table by table, in an order an import reproduces. */
export async function readUserData(db: Db, userId: UserId): Promise<ExportTables> {
  const c = companies;
  const companyRows = await db
    .select({ id: c.id, name: c.name, website: c.website, tier: c.tier, notes: c.notes, ...stampColumns(c) })
    .from(c)
    .where(eq(c.userId, userId))
    .orderBy(asc(c.createdAt), asc(c.id));

  const a = applications;
  const applicationRows = await db
    .select({
      id: a.id,
      companyId: a.companyId,
      roleTitle: a.roleTitle,
      level: a.level,
      location: a.location,
      remotePolicy: a.remotePolicy,
      source: a.source,
      postingUrl: a.postingUrl,
      salaryMinMinor: a.salaryMinMinor,
      salaryMaxMinor: a.salaryMaxMinor,
      salaryCurrency: a.salaryCurrency,
      desirability: a.desirability,
      tags: a.tags,
      appliedOn: a.appliedOn,
      nextAction: a.nextAction,
      nextActionDue: a.nextActionDue,
      offerDeadline: a.offerDeadline,
      notes: a.notes,
      stage: a.stage,
      stageEnteredAt: utc(a.stageEnteredAt),
      position: a.position,
      archived: a.archived,
      ...stampColumns(a),
    })
    .from(a)
    .where(eq(a.userId, userId))
    .orderBy(asc(a.createdAt), asc(a.id));

  const h = stageHistory;
  const historyRows = await db
    .select({ id: h.id, applicationId: h.applicationId, fromStage: h.fromStage, toStage: h.toStage, at: utc(h.at) })
    .from(h)
    .where(eq(h.userId, userId))
    .orderBy(asc(h.seq));

  const p = contacts;
  const contactRows = await db
    .select({
      id: p.id,
      companyId: p.companyId,
      name: p.name,
      title: p.title,
      email: p.email,
      phone: p.phone,
      profileUrl: p.profileUrl,
      howWeMet: p.howWeMet,
      notes: p.notes,
      ...stampColumns(p),
    })
    .from(p)
    .where(eq(p.userId, userId))
    .orderBy(asc(p.createdAt), asc(p.id));

  const l = applicationContacts;
  const linkRows = await db
    .select({
      id: l.id,
      applicationId: l.applicationId,
      contactId: l.contactId,
      role: l.role,
      referralStatus: l.referralStatus,
      createdAt: utc(l.createdAt),
    })
    .from(l)
    .where(eq(l.userId, userId))
    .orderBy(asc(l.createdAt), asc(l.id));

  const o = outreach;
  const outreachRows = await db
    .select({
      id: o.id,
      contactId: o.contactId,
      on: o.on,
      channel: o.channel,
      summary: o.summary,
      replied: o.replied,
      followUpOn: o.followUpOn,
      followUpDone: o.followUpDone,
      ...stampColumns(o),
    })
    .from(o)
    .where(eq(o.userId, userId))
    .orderBy(asc(o.createdAt), asc(o.id));

  const v = interviews;
  const interviewRows = await db
    .select({
      id: v.id,
      applicationId: v.applicationId,
      parentId: v.parentId,
      kind: v.kind,
      title: v.title,
      startsAt: utc(v.startsAt),
      endsAt: utc(v.endsAt),
      timeZone: v.timeZone,
      location: v.location,
      videoUrl: v.videoUrl,
      prepare: v.prepare,
      notes: v.notes,
      selfRating: v.selfRating,
      outcome: v.outcome,
      ...stampColumns(v),
    })
    .from(v)
    .where(eq(v.userId, userId))
    .orderBy(asc(v.createdAt), asc(v.id));

  const interviewerRows = await db
    .select({ interviewId: interviewers.interviewId, contactId: interviewers.contactId })
    .from(interviewers)
    .where(eq(interviewers.userId, userId))
    .orderBy(asc(interviewers.interviewId), asc(interviewers.contactId));

  const t = tasks;
  const taskRows = await db
    .select({
      id: t.id,
      title: t.title,
      notes: t.notes,
      dueOn: t.dueOn,
      doneAt: utc(t.doneAt),
      companyId: t.companyId,
      applicationId: t.applicationId,
      contactId: t.contactId,
      ...stampColumns(t),
    })
    .from(t)
    .where(eq(t.userId, userId))
    .orderBy(asc(t.createdAt), asc(t.id));

  // The database's checks hold these columns to the document's enums and ranges.
  return {
    companies: compact(companyRows, STAMPS) as Rows<"companies">,
    applications: compact(applicationRows, [...STAMPS, "stageEnteredAt"]) as Rows<"applications">,
    stageHistory: compact(historyRows, ["at"]) as Rows<"stageHistory">,
    contacts: compact(contactRows, STAMPS),
    applicationContacts: compact(linkRows, ["createdAt"]) as Rows<"applicationContacts">,
    outreach: compact(outreachRows, STAMPS) as Rows<"outreach">,
    interviews: compact(interviewRows, [...STAMPS, "startsAt", "endsAt"]) as Rows<"interviews">,
    interviewers: interviewerRows,
    tasks: compact(taskRows, [...STAMPS, "doneAt"]),
  };
}

/** Deletes every row the user owns except the user itself (and its settings). */
export async function deleteUserData(db: Db, userId: UserId): Promise<void> {
  // Children first: each delete then finds nothing left to cascade to.
  await db.delete(tasks).where(eq(tasks.userId, userId));
  await db.delete(interviewers).where(eq(interviewers.userId, userId));
  await db.delete(interviews).where(eq(interviews.userId, userId));
  await db.delete(outreach).where(eq(outreach.userId, userId));
  await db.delete(applicationContacts).where(eq(applicationContacts.userId, userId));
  await db.delete(contacts).where(eq(contacts.userId, userId));
  await db.delete(stageHistory).where(eq(stageHistory.userId, userId));
  await db.delete(applications).where(eq(applications.userId, userId));
  await db.delete(companies).where(eq(companies.userId, userId));
}

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Which of these ids the user already has in the table. */
export async function ownedIds(db: Db, userId: UserId, table: IdTable, ids: readonly string[]): Promise<Set<string>> {
  const t = TABLES[table];
  const found = new Set<string>();
  for (const part of chunks(ids)) {
    const rows = await db
      .select({ id: t.id })
      .from(t)
      .where(and(eq(t.userId, userId), inArray(t.id, part)));
    for (const row of rows) found.add(row.id);
  }
  return found;
}

/**
 * Inserts rows as the user's, in the given order, skipping any that hit a unique key (an id
 * taken by another user, or a row that is already there under another id); returns the ids
 * written. `strict` writes every row or fails.
 */
export async function insertRows<T extends IdTable>(
  db: Db,
  userId: UserId,
  table: T,
  rows: Rows<T>,
  options: { strict?: boolean } = {},
): Promise<Set<string>> {
  const t = TABLES[table];
  const written = new Set<string>();
  for (const part of chunks<Rows<T>[number]>(rows)) {
    const values = part.map((row) => ({ ...row, userId }));
    const insert = db.insert(t).values(values as never);
    const rowsWritten = await (options.strict ? insert : insert.onConflictDoNothing()).returning({ id: t.id });
    for (const row of rowsWritten) written.add(row.id);
  }
  return written;
}

/** The user's companies whose names match these, case-insensitively as the unique index compares: name → id. */
export async function companiesNamed(db: Db, userId: UserId, names: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const part of chunks(names)) {
    const list = sql.join(
      part.map((name) => sql`(${name}::text)`),
      sql`, `,
    );
    const rows = await db.execute<{ name: string; id: string }>(
      sql`select n.name, c.id from (values ${list}) as n(name)
          join ${companies} c on c.user_id = ${userId} and lower(c.name) = lower(n.name)`,
    );
    for (const row of resultRows<{ name: string; id: string }>(rows)) found.set(row.name, row.id);
  }
  return found;
}

/** The user's links among these (application, contact, role) triples, as "application contact role" keys. */
export async function existingLinks(db: Db, userId: UserId, applicationIds: readonly string[]): Promise<Set<string>> {
  const l = applicationContacts;
  const found = new Set<string>();
  for (const part of chunks([...new Set(applicationIds)])) {
    const rows = await db
      .select({ applicationId: l.applicationId, contactId: l.contactId, role: l.role })
      .from(l)
      .where(and(eq(l.userId, userId), inArray(l.applicationId, part)));
    for (const row of rows) found.add(`${row.applicationId} ${row.contactId} ${row.role}`);
  }
  return found;
}

/** Links interviewers to interviews, skipping pairs already there; returns how many were written. */
export async function insertInterviewers(db: Db, userId: UserId, rows: Rows<"interviewers">): Promise<number> {
  let written = 0;
  for (const part of chunks(rows)) {
    const inserted = await db
      .insert(interviewers)
      .values(part.map((row) => ({ ...row, userId })))
      .onConflictDoNothing()
      .returning({ interviewId: interviewers.interviewId });
    written += inserted.length;
  }
  return written;
}

/** Both drivers answer `execute` as `{ rows }`. */
function resultRows<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/**
 * The database's own words when a write failed on the data (SQLSTATE class 22, a value it cannot
 * hold, or 23, a broken constraint); undefined for any other failure.
 */
export function dataErrorMessage(error: unknown): string | undefined {
  const code = pgErrorCode(error);
  if (!code || !/^2[23]/.test(code)) return undefined;
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if ((e as { code?: unknown }).code === code) return String((e as { message?: unknown }).message);
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
