import { z } from "zod";
import { idSchema, isTimeZone, tierSchema, urlSchema } from "../fields.js";
import { CONTACT_ROLES, OUTREACH_CHANNELS, REFERRAL_STATUSES } from "../people/contacts.js";
import { INTERVIEW_KINDS, INTERVIEW_OUTCOMES } from "../people/interviews.js";
import { currencySchema, REMOTE_POLICIES, SOURCES, stageSchema } from "../pipeline/schemas.js";

/**
 * The versioned document Loopwise exports and imports: every row of one user, one array per
 * table, ids and timestamps as stored. It accepts what the database can hold and the app's own
 * forms can produce, byte for byte (nothing is trimmed or normalised), and checks every
 * reference points inside the document, so a file that does not validate is refused before
 * anything is written.
 */
export const EXPORT_FORMAT = "loopwise";
export const EXPORT_VERSION = 1;

/** A NUL character or half a surrogate pair: valid in JSON, impossible to store as PostgreSQL text. */
const UNSTORABLE = /[\0\p{Cs}]/u;

const text = (max: number) =>
  z
    .string({ error: "must be text" })
    .max(max, { error: `at most ${max} characters` })
    .refine((s) => !UNSTORABLE.test(s), {
      error: "contains a character that cannot be stored (NUL or a lone surrogate)",
    });
const required = (max: number) => text(max).min(1, { error: "is required" });

/** Timestamps the database can store and give back the same: years 1 to 9999 in UTC. */
const FIRST_INSTANT = Date.parse("0001-01-01T00:00:00Z");
const LAST_INSTANT = Date.parse("9999-12-31T23:59:59.999Z");

const instant = z.iso
  .datetime({ offset: true, error: "must be a date-time with an offset (ISO 8601)" })
  .refine((s) => Date.parse(s) >= FIRST_INSTANT && Date.parse(s) <= LAST_INSTANT, {
    error: "must be within the years 1 to 9999 (UTC)",
  });
const day = z.iso
  .date({ error: "must be a date as YYYY-MM-DD" })
  .refine((s) => !s.startsWith("0000"), { error: "must be within the years 1 to 9999" });
const timeZone = text(100).refine(isTimeZone, { error: "must be an IANA time zone such as Europe/Berlin" });
const rating = z.number().int().min(1).max(5, { error: "must be 1 to 5" });
const minorUnits = z
  .number({ error: "must be a number" })
  .int({ error: "must be a whole number of minor units" })
  .nonnegative({ error: "cannot be negative" })
  .max(Number.MAX_SAFE_INTEGER, { error: "is too large" });
const notes = text(20_000).nullable();
const url = urlSchema.nullable();
const stamps = { createdAt: instant, updatedAt: instant };

const companySchema = z.strictObject({
  id: idSchema,
  name: required(200),
  website: url,
  tier: tierSchema.nullable(),
  notes,
  ...stamps,
});

const applicationSchema = z
  .strictObject({
    id: idSchema,
    companyId: idSchema,
    roleTitle: required(200),
    level: text(80).nullable(),
    location: text(200).nullable(),
    remotePolicy: z.enum(REMOTE_POLICIES).nullable(),
    source: z.enum(SOURCES).nullable(),
    postingUrl: url,
    /** Money as stored: integer minor units of salaryCurrency. */
    salaryMinMinor: minorUnits.nullable(),
    salaryMaxMinor: minorUnits.nullable(),
    salaryCurrency: currencySchema.nullable(),
    desirability: rating.nullable(),
    tags: z.array(required(40), { error: "must be a list of tags" }).max(30, { error: "at most 30 tags" }),
    appliedOn: day.nullable(),
    nextAction: text(500).nullable(),
    nextActionDue: day.nullable(),
    offerDeadline: day.nullable(),
    notes,
    stage: stageSchema,
    stageEnteredAt: instant,
    position: required(1_000),
    archived: z.boolean(),
    ...stamps,
  })
  .refine((a) => a.salaryMinMinor === null || a.salaryMaxMinor === null || a.salaryMinMinor <= a.salaryMaxMinor, {
    path: ["salaryMaxMinor"],
    error: "must not be below salaryMinMinor",
  });

/** One stage change; the array's order is the order the changes were made in. */
const stageChangeSchema = z.strictObject({
  id: idSchema,
  applicationId: idSchema,
  fromStage: stageSchema.nullable(),
  toStage: stageSchema,
  at: instant,
});

const contactSchema = z.strictObject({
  id: idSchema,
  companyId: idSchema.nullable(),
  name: required(200),
  title: text(200).nullable(),
  email: z.email({ error: "must be an email address" }).max(320).nullable(),
  phone: text(60).nullable(),
  profileUrl: url,
  howWeMet: text(500).nullable(),
  notes,
  ...stamps,
});

const applicationContactSchema = z
  .strictObject({
    id: idSchema,
    applicationId: idSchema,
    contactId: idSchema,
    role: z.enum(CONTACT_ROLES),
    referralStatus: z.enum(REFERRAL_STATUSES).nullable(),
    createdAt: instant,
  })
  .refine((l) => l.referralStatus === null || l.role === "referrer", {
    path: ["referralStatus"],
    error: "applies only to a referrer",
  });

const outreachSchema = z.strictObject({
  id: idSchema,
  contactId: idSchema,
  on: day,
  channel: z.enum(OUTREACH_CHANNELS),
  summary: required(2_000),
  replied: z.boolean(),
  followUpOn: day.nullable(),
  followUpDone: z.boolean(),
  ...stamps,
});

const interviewSchema = z
  .strictObject({
    id: idSchema,
    applicationId: idSchema,
    parentId: idSchema.nullable(),
    kind: z.enum(INTERVIEW_KINDS),
    title: text(200).nullable(),
    startsAt: instant,
    endsAt: instant,
    timeZone,
    location: text(500).nullable(),
    videoUrl: url,
    prepare: notes,
    notes,
    selfRating: rating.nullable(),
    outcome: z.enum(INTERVIEW_OUTCOMES),
    ...stamps,
  })
  .refine((i) => compareInstants(i.endsAt, i.startsAt) > 0, {
    path: ["endsAt"],
    error: "must be after startsAt",
  });

const interviewerSchema = z.strictObject({ interviewId: idSchema, contactId: idSchema });

const taskSchema = z.strictObject({
  id: idSchema,
  title: required(300),
  notes,
  dueOn: day.nullable(),
  doneAt: instant.nullable(),
  companyId: idSchema.nullable(),
  applicationId: idSchema.nullable(),
  contactId: idSchema.nullable(),
  ...stamps,
});

/** The tables of a document, in the order they are written (parents first). */
export const EXPORT_TABLES = [
  "companies",
  "applications",
  "stageHistory",
  "contacts",
  "applicationContacts",
  "outreach",
  "interviews",
  "interviewers",
  "tasks",
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

const tableSchemas = {
  companies: z.array(companySchema),
  applications: z.array(applicationSchema),
  stageHistory: z.array(stageChangeSchema),
  contacts: z.array(contactSchema),
  applicationContacts: z.array(applicationContactSchema),
  outreach: z.array(outreachSchema),
  interviews: z.array(interviewSchema),
  interviewers: z.array(interviewerSchema),
  tasks: z.array(taskSchema),
};

/** Checked first, so a file of another kind or version gets one clear message, not thousands. */
const headerSchema = z.looseObject({
  format: z.literal(EXPORT_FORMAT, { error: `must be "${EXPORT_FORMAT}": this is not a Loopwise export` }),
  version: z.literal(EXPORT_VERSION, {
    error: `must be ${EXPORT_VERSION}: the file comes from another version of Loopwise, and this one reads version ${EXPORT_VERSION}`,
  }),
});

const bodySchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: instant,
    ...tableSchemas,
  })
  .superRefine(checkReferences);

export const exportDocumentSchema = headerSchema.transform((header): unknown => header).pipe(bodySchema);
export type ExportDocument = z.infer<typeof bodySchema>;
export type ExportTables = Omit<ExportDocument, "format" | "version" | "exportedAt">;
export type ExportCompany = ExportDocument["companies"][number];
export type ExportApplication = ExportDocument["applications"][number];
export type ExportStageChange = ExportDocument["stageHistory"][number];
export type ExportContact = ExportDocument["contacts"][number];
export type ExportApplicationContact = ExportDocument["applicationContacts"][number];
export type ExportOutreach = ExportDocument["outreach"][number];
export type ExportInterview = ExportDocument["interviews"][number];
export type ExportInterviewer = ExportDocument["interviewers"][number];
export type ExportTask = ExportDocument["tasks"][number];

/** How many rows of each table: the answer of an import or a restore. */
export type TableCounts = Record<ExportTable, number>;

export function emptyTableCounts(): TableCounts {
  return Object.fromEntries(EXPORT_TABLES.map((table) => [table, 0])) as TableCounts;
}

export function countExportRows(tables: ExportTables): TableCounts {
  return Object.fromEntries(EXPORT_TABLES.map((table) => [table, tables[table].length])) as TableCounts;
}

/**
 * Orders two instants to the microsecond (Date.parse stops at the millisecond, and a float of
 * microseconds since 1970 loses digits past the year 2255): negative, zero or positive.
 */
export function compareInstants(a: string, b: string): number {
  const micros = (text: string) => {
    const fraction = /\.(\d+)/.exec(text)?.[1] ?? "";
    return BigInt(Date.parse(text.replace(/\.\d+/, ""))) * 1000n + BigInt(fraction.padEnd(6, "0").slice(0, 6));
  };
  const difference = micros(a) - micros(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

type Body = z.infer<typeof bodySchema>;

/** Ids unique per table, links unique, and every reference pointing at a row of this document. */
function checkReferences(doc: Body, ctx: z.RefinementCtx) {
  const ids = (table: Exclude<ExportTable, "interviewers">) => {
    const seen = new Set<string>();
    doc[table].forEach((row, i) => unique(seen, row.id, [table, i, "id"], ctx));
    return seen;
  };
  const companies = ids("companies");
  const applications = ids("applications");
  const contacts = ids("contacts");
  const interviews = ids("interviews");
  for (const table of ["stageHistory", "applicationContacts", "outreach", "tasks"] as const) ids(table);

  const refer = (table: ExportTable, i: number, field: string, id: string | null, set: Set<string>, what: string) => {
    if (id !== null && !set.has(id)) {
      ctx.addIssue({ code: "custom", path: [table, i, field], message: `must be the id of ${what} in this file` });
    }
  };
  doc.applications.forEach((a, i) => refer("applications", i, "companyId", a.companyId, companies, "a company"));
  doc.stageHistory.forEach((h, i) =>
    refer("stageHistory", i, "applicationId", h.applicationId, applications, "an application"),
  );
  doc.contacts.forEach((c, i) => refer("contacts", i, "companyId", c.companyId, companies, "a company"));
  const links = new Set<string>();
  doc.applicationContacts.forEach((l, i) => {
    refer("applicationContacts", i, "applicationId", l.applicationId, applications, "an application");
    refer("applicationContacts", i, "contactId", l.contactId, contacts, "a contact");
    unique(links, `${l.applicationId} ${l.contactId} ${l.role}`, ["applicationContacts", i, "role"], ctx);
  });
  doc.outreach.forEach((o, i) => refer("outreach", i, "contactId", o.contactId, contacts, "a contact"));
  doc.interviews.forEach((v, i) => {
    refer("interviews", i, "applicationId", v.applicationId, applications, "an application");
    refer("interviews", i, "parentId", v.parentId, interviews, "an interview");
  });
  checkNoLoops(doc.interviews, ctx);
  const panel = new Set<string>();
  doc.interviewers.forEach((p, i) => {
    refer("interviewers", i, "interviewId", p.interviewId, interviews, "an interview");
    refer("interviewers", i, "contactId", p.contactId, contacts, "a contact");
    unique(panel, `${p.interviewId} ${p.contactId}`, ["interviewers", i, "contactId"], ctx);
  });
  doc.tasks.forEach((t, i) => {
    refer("tasks", i, "companyId", t.companyId, companies, "a company");
    refer("tasks", i, "applicationId", t.applicationId, applications, "an application");
    refer("tasks", i, "contactId", t.contactId, contacts, "a contact");
  });
}

function unique(seen: Set<string>, key: string, path: (string | number)[], ctx: z.RefinementCtx) {
  if (seen.has(key)) ctx.addIssue({ code: "custom", path, message: "appears twice in this file" });
  seen.add(key);
}

/** A session's parent chain must end at an interview without a parent (each row walked once). */
function checkNoLoops(interviews: Body["interviews"], ctx: z.RefinementCtx) {
  const parentOf = new Map(interviews.map((v) => [v.id, v.parentId]));
  const ends = new Set<string>();
  interviews.forEach((v, i) => {
    const path = new Set<string>();
    let at: string | null | undefined = v.id;
    while (at && !ends.has(at)) {
      if (path.has(at)) {
        ctx.addIssue({ code: "custom", path: ["interviews", i, "parentId"], message: "makes a loop of interviews" });
        return;
      }
      path.add(at);
      at = parentOf.get(at);
    }
    for (const id of path) ends.add(id);
  });
}
