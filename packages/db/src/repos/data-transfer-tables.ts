import { asc, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { ExportIdTable, ExportTable } from "@loopwise/domain";
import {
  applicationContacts,
  applications,
  companies,
  compDataPoints,
  contacts,
  interviewers,
  interviews,
  negotiationEvents,
  offerPreferences,
  offers,
  outreach,
  practiceAttempts,
  practiceDrafts,
  practiceProgress,
  stageHistory,
  tasks,
  timingSettings,
  trackedProblems,
} from "../schema.js";

/** Tables whose rows carry their own id (the domain's KEYED_TABLES do not). */
export type IdTable = ExportIdTable;

type OwnedTable = PgTable & { userId: PgColumn };

/** A column as stored, or a timestamp read as UTC text (`utc`). */
export type TransferColumns = Record<string, PgColumn | SQL<string>>;

/** How one table of the export document is read: its rows' columns in the document's order, and the rows' order. */
export interface TransferTable<T extends OwnedTable = OwnedTable> {
  table: T;
  columns: TransferColumns;
  order: SQL[];
}

function describe<T extends OwnedTable>(
  table: T,
  columns: (t: T) => TransferColumns,
  order: (t: T) => SQL[],
): TransferTable<T> {
  return { table, columns: columns(table), order: order(table) };
}

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

const stamps = (t: { createdAt: PgColumn; updatedAt: PgColumn }) => ({
  createdAt: utc(t.createdAt),
  updatedAt: utc(t.updatedAt),
});
/** Keys ordered byte by byte, whatever the database's collation, so an export's order is the same everywhere. */
const byBytes = (column: PgColumn) => sql`${column} collate "C"`;
const byCreation = (t: { createdAt: PgColumn; id: PgColumn }) => [asc(t.createdAt), asc(t.id)];

/** Every table of the export document, in the document's order (parents first). */
export const TRANSFER_TABLES = {
  companies: describe(
    companies,
    (c) => ({ id: c.id, name: c.name, website: c.website, tier: c.tier, notes: c.notes, ...stamps(c) }),
    byCreation,
  ),
  applications: describe(
    applications,
    (a) => ({
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
      timingOverrides: a.timingOverrides,
      notes: a.notes,
      stage: a.stage,
      stageEnteredAt: utc(a.stageEnteredAt),
      position: a.position,
      archived: a.archived,
      ...stamps(a),
    }),
    byCreation,
  ),
  stageHistory: describe(
    stageHistory,
    (h) => ({ id: h.id, applicationId: h.applicationId, fromStage: h.fromStage, toStage: h.toStage, at: utc(h.at) }),
    (h) => [asc(h.seq)],
  ),
  contacts: describe(
    contacts,
    (p) => ({
      id: p.id,
      companyId: p.companyId,
      name: p.name,
      title: p.title,
      email: p.email,
      phone: p.phone,
      profileUrl: p.profileUrl,
      howWeMet: p.howWeMet,
      notes: p.notes,
      ...stamps(p),
    }),
    byCreation,
  ),
  applicationContacts: describe(
    applicationContacts,
    (l) => ({
      id: l.id,
      applicationId: l.applicationId,
      contactId: l.contactId,
      role: l.role,
      referralStatus: l.referralStatus,
      createdAt: utc(l.createdAt),
    }),
    byCreation,
  ),
  outreach: describe(
    outreach,
    (o) => ({
      id: o.id,
      contactId: o.contactId,
      on: o.on,
      channel: o.channel,
      summary: o.summary,
      replied: o.replied,
      followUpOn: o.followUpOn,
      followUpDone: o.followUpDone,
      ...stamps(o),
    }),
    byCreation,
  ),
  interviews: describe(
    interviews,
    (v) => ({
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
      redFlags: v.redFlags,
      ...stamps(v),
    }),
    byCreation,
  ),
  interviewers: describe(
    interviewers,
    (p) => ({ interviewId: p.interviewId, contactId: p.contactId }),
    (p) => [asc(p.interviewId), asc(p.contactId)],
  ),
  tasks: describe(
    tasks,
    (t) => ({
      id: t.id,
      title: t.title,
      notes: t.notes,
      dueOn: t.dueOn,
      doneAt: utc(t.doneAt),
      companyId: t.companyId,
      applicationId: t.applicationId,
      contactId: t.contactId,
      ...stamps(t),
    }),
    byCreation,
  ),
  offers: describe(
    offers,
    (o) => ({
      id: o.id,
      applicationId: o.applicationId,
      comp: o.comp,
      status: o.status,
      level: o.level,
      title: o.title,
      location: o.location,
      startDate: o.startDate,
      receivedOn: o.receivedOn,
      exchangeRate: o.exchangeRate,
      scores: o.scores,
      notes: o.notes,
      ...stamps(o),
    }),
    byCreation,
  ),
  negotiationEvents: describe(
    negotiationEvents,
    (e) => ({
      id: e.id,
      offerId: e.offerId,
      on: e.on,
      channel: e.channel,
      kind: e.kind,
      asked: e.asked,
      response: e.response,
      before: e.before,
      after: e.after,
      ...stamps(e),
    }),
    byCreation,
  ),
  compDataPoints: describe(
    compDataPoints,
    (d) => ({
      id: d.id,
      company: d.company,
      level: d.level,
      title: d.title,
      location: d.location,
      currency: d.currency,
      baseMinor: d.baseMinor,
      totalMinor: d.totalMinor,
      source: d.source,
      observedOn: d.observedOn,
      createdAt: utc(d.createdAt),
    }),
    (d) => [asc(d.createdAt), asc(d.id)],
  ),
  offerPreferences: describe(
    offerPreferences,
    (p) => ({ compareCurrency: p.compareCurrency, weights: p.weights, updatedAt: utc(p.updatedAt) }),
    (p) => [asc(p.userId)],
  ),
  timingSettings: describe(
    timingSettings,
    (s) => ({ constraints: s.constraints, updatedAt: utc(s.updatedAt) }),
    (s) => [asc(s.userId)],
  ),
  trackedProblems: describe(
    trackedProblems,
    (t) => ({
      id: t.id,
      name: t.name,
      url: t.url,
      difficulty: t.difficulty,
      topics: t.topics,
      notes: t.notes,
      ...stamps(t),
    }),
    byCreation,
  ),
  practiceAttempts: describe(
    practiceAttempts,
    (a) => ({
      id: a.id,
      slug: a.slug,
      trackedProblemId: a.trackedProblemId,
      mode: a.mode,
      language: a.language,
      code: a.code,
      verdict: a.verdict,
      timeMs: a.timeMs,
      passed: a.passed,
      total: a.total,
      durationSeconds: a.durationSeconds,
      interview: a.interview,
      notes: a.notes,
      createdAt: utc(a.createdAt),
    }),
    (a) => [asc(a.createdAt), asc(a.id)],
  ),
  practiceProgress: describe(
    practiceProgress,
    (p) => ({
      slug: p.slug,
      status: p.status,
      lastLanguage: p.lastLanguage,
      notes: p.notes,
      updatedAt: utc(p.updatedAt),
    }),
    (p) => [asc(byBytes(p.slug))],
  ),
  practiceDrafts: describe(
    practiceDrafts,
    (d) => ({ slug: d.slug, language: d.language, code: d.code, updatedAt: utc(d.updatedAt) }),
    (d) => [asc(byBytes(d.slug)), asc(byBytes(d.language))],
  ),
} satisfies Record<ExportTable, TransferTable>;
