import {
  companiesNamed,
  existingLinks,
  insertInterviewers,
  insertOfferPreferences,
  insertPracticeRows,
  insertRows,
  insertTimingSettings,
  offersOnApplications,
  ownedIds,
  type Db,
  type IdTable,
} from "@loopwise/db";
import { createHash } from "node:crypto";
import {
  EXPORT_TABLES,
  emptyTableCounts,
  isIdTable,
  type ExportTables,
  type TableCounts,
  type UserId,
} from "@loopwise/domain";

export interface WriteResult {
  created: TableCounts;
  /** Rows already there: the same id for this user, a company of the same name, the same link. */
  skipped: TableCounts;
}

type Row<T extends IdTable> = ExportTables[T][number];
const ID_TABLES: IdTable[] = EXPORT_TABLES.filter(isIdTable);

/**
 * Writes a document's rows as the user's, in the caller's transaction. A row whose id the user
 * already has is skipped; a company is merged onto the user's company of the same name; a row
 * whose id another user has gets a new id (`derivedId`), and every reference to it follows.
 */
export async function writeTables(tx: Db, userId: UserId, doc: ExportTables): Promise<WriteResult> {
  const result: WriteResult = { created: emptyTableCounts(), skipped: emptyTableCounts() };
  // Document id → the id the row has in the database, table by table.
  const ids = Object.fromEntries(ID_TABLES.map((table) => [table, new Map<string, string>()])) as Record<
    IdTable,
    Map<string, string>
  >;
  const to = (table: IdTable, id: string) => {
    const mapped = ids[table].get(id);
    if (mapped === undefined) throw new Error(`no ${table} row ${id} was placed before a row referring to it`);
    return mapped;
  };
  const toNullable = (table: IdTable, id: string | null) => (id === null ? null : to(table, id));

  /**
   * Places rows of one table and returns the document ids it wrote; `resolve` says which
   * leftovers are already there (document id → the user's row, or null when nothing refers to it).
   */
  async function place<T extends IdTable>(
    table: T,
    rows: Row<T>[],
    resolve?: (leftovers: Row<T>[]) => Promise<Map<string, string | null>>,
  ): Promise<Set<string>> {
    const map = ids[table];
    const owned = await ownedIds(
      tx,
      userId,
      table,
      rows.map((r) => r.id),
    );
    const pending = rows.filter((row) => !owned.has(row.id));
    for (const id of owned) map.set(id, id);
    result.skipped[table] += rows.length - pending.length;

    const written = await insertRows(tx, userId, table, pending as ExportTables[T]);
    for (const id of written) map.set(id, id);
    result.created[table] += written.size;

    let leftovers = pending.filter((row) => !written.has(row.id));
    if (leftovers.length === 0) return written;
    const already = resolve ? await resolve(leftovers) : new Map<string, string | null>();
    for (const [docId, userRowId] of already) if (userRowId !== null) map.set(docId, userRowId);
    result.skipped[table] += already.size;
    leftovers = leftovers.filter((row) => !already.has(row.id));

    // What is left collided with another user's id: it gets one derived from the user and the
    // original, the same every time, so importing that file again finds it and adds nothing.
    const renamed = leftovers.map((row) => ({ ...row, id: derivedId(userId, row.id) }));
    const again = await ownedIds(
      tx,
      userId,
      table,
      renamed.map((r) => r.id),
    );
    const fresh = renamed.filter((row) => !again.has(row.id));
    await insertRows(tx, userId, table, fresh as ExportTables[T], { strict: true });
    leftovers.forEach((row, i) => {
      map.set(row.id, renamed[i]!.id);
      if (!again.has(renamed[i]!.id)) written.add(row.id);
    });
    result.created[table] += fresh.length;
    result.skipped[table] += again.size;
    return written;
  }

  await place("companies", doc.companies, async (leftovers) => {
    const named = await companiesNamed(
      tx,
      userId,
      leftovers.map((c) => c.name),
    );
    const merged = new Map<string, string | null>();
    for (const company of leftovers) {
      const existing = named.get(company.name);
      if (existing !== undefined) merged.set(company.id, existing);
    }
    return merged;
  });

  const applicationsCreated = await place(
    "applications",
    doc.applications.map((a) => ({ ...a, companyId: to("companies", a.companyId) })),
  );

  // A history belongs to its application: an application already there keeps its own.
  const history = doc.stageHistory.filter((h) => applicationsCreated.has(h.applicationId));
  result.skipped.stageHistory += doc.stageHistory.length - history.length;
  await place(
    "stageHistory",
    history.map((h) => ({ ...h, applicationId: to("applications", h.applicationId) })),
  );

  await place(
    "contacts",
    doc.contacts.map((c) => ({ ...c, companyId: toNullable("companies", c.companyId) })),
  );

  const links = doc.applicationContacts.map((l) => ({
    ...l,
    applicationId: to("applications", l.applicationId),
    contactId: to("contacts", l.contactId),
  }));
  await place("applicationContacts", links, async (leftovers) => {
    const existing = await existingLinks(
      tx,
      userId,
      leftovers.map((l) => l.applicationId),
    );
    const there = new Map<string, string | null>();
    for (const l of leftovers) if (existing.has(`${l.applicationId} ${l.contactId} ${l.role}`)) there.set(l.id, null);
    return there;
  });

  await place(
    "outreach",
    doc.outreach.map((o) => ({ ...o, contactId: to("contacts", o.contactId) })),
  );

  // A session needs its loop written first: one pass per level of nesting.
  for (const level of byParentDepth(doc.interviews)) {
    await place(
      "interviews",
      level.map((v) => ({
        ...v,
        applicationId: to("applications", v.applicationId),
        parentId: toNullable("interviews", v.parentId),
      })),
    );
  }

  const panel = doc.interviewers.map((p) => ({
    interviewId: to("interviews", p.interviewId),
    contactId: to("contacts", p.contactId),
  }));
  const seated = await insertInterviewers(tx, userId, panel);
  result.created.interviewers += seated;
  result.skipped.interviewers += panel.length - seated;

  await place(
    "tasks",
    doc.tasks.map((t) => ({
      ...t,
      companyId: toNullable("companies", t.companyId),
      applicationId: toNullable("applications", t.applicationId),
      contactId: toNullable("contacts", t.contactId),
    })),
  );

  // One offer per application: a file's offer on an application that already has one is that offer.
  await place(
    "offers",
    doc.offers.map((o) => ({ ...o, applicationId: to("applications", o.applicationId) })),
    async (leftovers) => {
      const existing = await offersOnApplications(
        tx,
        userId,
        leftovers.map((o) => o.applicationId),
      );
      const there = new Map<string, string | null>();
      for (const o of leftovers) {
        const offerId = existing.get(o.applicationId);
        if (offerId !== undefined) there.set(o.id, offerId);
      }
      return there;
    },
  );

  await place(
    "negotiationEvents",
    doc.negotiationEvents.map((e) => ({ ...e, offerId: to("offers", e.offerId) })),
  );

  await place("compDataPoints", doc.compDataPoints);

  // The user's preferences are kept when they have some; a restore has deleted them first.
  for (const preferences of doc.offerPreferences) {
    const wrote = await insertOfferPreferences(tx, userId, preferences);
    result[wrote ? "created" : "skipped"].offerPreferences += 1;
  }
  // The same for the timing planner's constraints.
  for (const settings of doc.timingSettings) {
    const wrote = await insertTimingSettings(tx, userId, settings);
    result[wrote ? "created" : "skipped"].timingSettings += 1;
  }

  await place("trackedProblems", doc.trackedProblems);
  await place(
    "practiceAttempts",
    doc.practiceAttempts.map((a) => ({ ...a, trackedProblemId: toNullable("trackedProblems", a.trackedProblemId) })),
  );
  // Progress and drafts are the user's per problem: what they have already stays.
  for (const table of ["practiceProgress", "practiceDrafts"] as const) {
    const rows = doc[table];
    const wrote = await insertPracticeRows(tx, userId, table, rows);
    result.created[table] += wrote;
    result.skipped[table] += rows.length - wrote;
  }

  return result;
}

/** Interviews grouped so that every parent comes in an earlier group than its sessions. */
function byParentDepth(rows: ExportTables["interviews"]): ExportTables["interviews"][] {
  const byId = new Map(rows.map((v) => [v.id, v]));
  const depth = new Map<string, number>();
  const depthOf = (id: string): number => {
    // Walk up to a known depth or a loop without a parent (the schema refused loops), then back down.
    const chain: string[] = [];
    let at: string | null | undefined = id;
    while (at && !depth.has(at) && byId.has(at)) {
      chain.push(at);
      at = byId.get(at)!.parentId;
    }
    let d = at && depth.has(at) ? depth.get(at)! : -1;
    for (const link of chain.reverse()) depth.set(link, ++d);
    return depth.get(id)!;
  };
  const levels: ExportTables["interviews"][] = [];
  for (const row of rows) (levels[depthOf(row.id)] ??= []).push(row);
  return levels.filter(Boolean);
}

/** A name-based UUID (version 5, RFC 9562) of a row id within one user's data. */
export function derivedId(userId: string, id: string): string {
  const namespace = Buffer.from(userId.replaceAll("-", ""), "hex");
  const hash = createHash("sha1").update(namespace).update(id).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
