import { z } from "zod";
import { idSchema, tierSchema } from "../fields.js";
import { CONTACT_ROLES, OUTREACH_CHANNELS, REFERRAL_STATUSES } from "../people/contacts.js";
import { INTERVIEW_KINDS, INTERVIEW_OUTCOMES, RED_FLAGS } from "../people/interviews.js";
import { currencySchema, REMOTE_POLICIES, SOURCES, stageSchema } from "../pipeline/schemas.js";
import { compareInstants } from "./compare-instants.js";
import { offerTableSchemas } from "./offer-table-schemas.js";
import { timingTableSchemas } from "./timing-table-schemas.js";
import { practiceTableSchemas } from "./practice-table-schemas.js";
import { planOverridesSchema } from "../timing/plan-input.js";
import { day, instant, minorUnits, notes, rating, required, stamps, text, timeZone, url } from "./document-fields.js";

/** One schema per table of the export document: a row as stored, ids and timestamps included. */

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
    /** What the user knows of its pace, for the timing planner (version 3; none before). */
    timingOverrides: planOverridesSchema.nullable(),
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
    /** A set: each flag once (version 1 files have none). */
    redFlags: z
      .array(z.enum(RED_FLAGS))
      .refine((flags) => new Set(flags).size === flags.length, { error: "names a flag twice" }),
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

/**
 * The tables of a document, in the order they are written (parents first); offers to offer
 * preferences came in version 2, timing settings in version 3, the practice tables in version 4.
 */
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
  "offers",
  "negotiationEvents",
  "compDataPoints",
  "offerPreferences",
  "timingSettings",
  "trackedProblems",
  "practiceAttempts",
  "practiceProgress",
  "practiceDrafts",
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/**
 * Tables whose rows have no id of their own: interviewers are keyed by the pair they link, the
 * settings by their user, practice progress and drafts by their user and problem.
 */
export const KEYED_TABLES = [
  "interviewers",
  "offerPreferences",
  "timingSettings",
  "practiceProgress",
  "practiceDrafts",
] as const satisfies readonly ExportTable[];
/** The tables whose rows carry an id, which references and imports follow. */
export type ExportIdTable = Exclude<ExportTable, (typeof KEYED_TABLES)[number]>;
export const isIdTable = (table: ExportTable): table is ExportIdTable =>
  !(KEYED_TABLES as readonly ExportTable[]).includes(table);

export const tableSchemas = {
  companies: z.array(companySchema),
  applications: z.array(applicationSchema),
  stageHistory: z.array(stageChangeSchema),
  contacts: z.array(contactSchema),
  applicationContacts: z.array(applicationContactSchema),
  outreach: z.array(outreachSchema),
  interviews: z.array(interviewSchema),
  interviewers: z.array(interviewerSchema),
  tasks: z.array(taskSchema),
  ...offerTableSchemas,
  ...timingTableSchemas,
  ...practiceTableSchemas,
};

/** Every table's rows, as the document holds them. */
export type ExportTables = { [T in ExportTable]: z.infer<(typeof tableSchemas)[T]> };
