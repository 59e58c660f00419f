import { sql } from "drizzle-orm";
import {
  boolean,
  foreignKey,
  unique,
  check,
  date,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ownedBy, ownerId, stamps } from "./schema-base.js";
import { applications, companies } from "./schema-pipeline.js";

/* The people and the events around an application: contacts and their links, outreach, interviews
 * and interviewers, tasks. */

export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: ownerId(),
    /** Deleting the company keeps the person: the migration sets only this column to null. */
    companyId: uuid("company_id"),
    name: text("name").notNull(),
    title: text("title"),
    email: text("email"),
    phone: text("phone"),
    profileUrl: text("profile_url"),
    howWeMet: text("how_we_met"),
    notes: text("notes"),
    ...stamps,
  },
  (t) => [
    ownedBy("contacts_company_fk", t.companyId, t.userId, companies).onDelete("set null"),
    unique("contacts_id_user_key").on(t.id, t.userId),
    index("contacts_user_name_idx").on(t.userId, sql`lower(${t.name})`),
    index("contacts_company_idx").on(t.companyId),
  ],
);

export const applicationContacts = pgTable(
  "application_contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: ownerId(),
    applicationId: uuid("application_id").notNull(),
    contactId: uuid("contact_id").notNull(),
    role: text("role").notNull(),
    /** Only for a referrer: where the referral stands. */
    referralStatus: text("referral_status"),
    createdAt: stamps.createdAt,
  },
  (t) => [
    ownedBy("application_contacts_application_fk", t.applicationId, t.userId, applications).onDelete("cascade"),
    ownedBy("application_contacts_contact_fk", t.contactId, t.userId, contacts).onDelete("cascade"),
    uniqueIndex("application_contacts_key").on(t.applicationId, t.contactId, t.role),
    index("application_contacts_contact_idx").on(t.contactId),
    check(
      "application_contacts_role_check",
      sql`${t.role} in ('referrer','recruiter','hiring_manager','interviewer','peer')`,
    ),
    check(
      "application_contacts_referral_check",
      sql`${t.referralStatus} is null or (${t.role} = 'referrer' and ${t.referralStatus} in ('to_ask','asked','agreed','submitted'))`,
    ),
  ],
);

export const outreach = pgTable(
  "outreach",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: ownerId(),
    contactId: uuid("contact_id").notNull(),
    on: date("on", { mode: "string" }).notNull(),
    channel: text("channel").notNull(),
    summary: text("summary").notNull(),
    replied: boolean("replied").notNull().default(false),
    followUpOn: date("follow_up_on", { mode: "string" }),
    followUpDone: boolean("follow_up_done").notNull().default(false),
    ...stamps,
  },
  (t) => [
    ownedBy("outreach_contact_fk", t.contactId, t.userId, contacts).onDelete("cascade"),
    index("outreach_contact_idx").on(t.contactId, t.on),
    index("outreach_user_follow_up_idx")
      .on(t.userId, t.followUpOn)
      .where(sql`not ${t.followUpDone}`),
    check("outreach_channel_check", sql`${t.channel} in ('email','linkedin','phone','text','in_person','other')`),
  ],
);

export const interviews = pgTable(
  "interviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: ownerId(),
    applicationId: uuid("application_id").notNull(),
    /** A session of an onsite loop points at the loop. */
    parentId: uuid("parent_id"),
    kind: text("kind").notNull(),
    title: text("title"),
    startsAt: timestamp("starts_at", { withTimezone: true, mode: "string" }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true, mode: "string" }).notNull(),
    /** IANA zone the interview was scheduled in, e.g. America/New_York. */
    timeZone: text("time_zone").notNull(),
    location: text("location"),
    videoUrl: text("video_url"),
    prepare: text("prepare"),
    notes: text("notes"),
    selfRating: smallint("self_rating"),
    outcome: text("outcome").notNull().default("pending"),
    /** What the interview revealed about the team (see RED_FLAGS in the domain). */
    redFlags: text("red_flags")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ...stamps,
  },
  (t) => [
    ownedBy("interviews_application_fk", t.applicationId, t.userId, applications).onDelete("cascade"),
    foreignKey({
      name: "interviews_parent_fk",
      columns: [t.parentId, t.userId],
      foreignColumns: [t.id, t.userId],
    }).onDelete("cascade"),
    unique("interviews_id_user_key").on(t.id, t.userId),
    index("interviews_user_starts_idx").on(t.userId, t.startsAt),
    index("interviews_application_idx").on(t.applicationId),
    index("interviews_parent_idx").on(t.parentId),
    check("interviews_time_check", sql`${t.endsAt} > ${t.startsAt}`),
    check("interviews_rating_check", sql`${t.selfRating} between 1 and 5`),
    check(
      "interviews_kind_check",
      sql`${t.kind} in ('recruiter_call','phone_screen','coding','system_design','behavioral','project_deep_dive','hiring_manager','take_home','onsite_loop')`,
    ),
    check("interviews_outcome_check", sql`${t.outcome} in ('pending','passed','failed','cancelled')`),
  ],
);

export const interviewers = pgTable(
  "interviewers",
  {
    userId: ownerId(),
    interviewId: uuid("interview_id").notNull(),
    contactId: uuid("contact_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.interviewId, t.contactId] }),
    ownedBy("interviewers_interview_fk", t.interviewId, t.userId, interviews).onDelete("cascade"),
    ownedBy("interviewers_contact_fk", t.contactId, t.userId, contacts).onDelete("cascade"),
    index("interviewers_contact_idx").on(t.contactId),
  ],
);

export const tasks = pgTable(
  "tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: ownerId(),
    title: text("title").notNull(),
    notes: text("notes"),
    dueOn: date("due_on", { mode: "string" }),
    doneAt: timestamp("done_at", { withTimezone: true, mode: "string" }),
    companyId: uuid("company_id"),
    applicationId: uuid("application_id"),
    contactId: uuid("contact_id"),
    ...stamps,
  },
  (t) => [
    ownedBy("tasks_company_fk", t.companyId, t.userId, companies).onDelete("cascade"),
    ownedBy("tasks_application_fk", t.applicationId, t.userId, applications).onDelete("cascade"),
    ownedBy("tasks_contact_fk", t.contactId, t.userId, contacts).onDelete("cascade"),
    index("tasks_user_due_idx")
      .on(t.userId, t.dueOn)
      .where(sql`${t.doneAt} is null`),
    index("tasks_application_idx").on(t.applicationId),
    index("tasks_company_idx").on(t.companyId),
    index("tasks_contact_idx").on(t.contactId),
  ],
);
