import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  foreignKey,
  unique,
  check,
  customType,
  date,
  doublePrecision,
  jsonb,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ownedBy, stamps, users } from "./schema-base.js";
import { practiceAttempts, practiceDrafts, practiceProgress, trackedProblems } from "./schema-practice.js";

export { users } from "./schema-base.js";
export { practiceAttempts, practiceDrafts, practiceProgress, trackedProblems } from "./schema-practice.js";

/** Fractional-index keys compare byte by byte, whatever the database's default collation. */
const positionKey = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });

export const companies = pgTable(
  "companies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    website: text("website"),
    tier: smallint("tier"),
    notes: text("notes"),
    ...stamps,
  },
  (t) => [
    uniqueIndex("companies_user_name_key").on(t.userId, sql`lower(${t.name})`),
    unique("companies_id_user_key").on(t.id, t.userId),
    check("companies_tier_check", sql`${t.tier} between 1 and 3`),
  ],
);

export const applications = pgTable(
  "applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    companyId: uuid("company_id").notNull(),
    roleTitle: text("role_title").notNull(),
    level: text("level"),
    location: text("location"),
    remotePolicy: text("remote_policy"),
    source: text("source"),
    postingUrl: text("posting_url"),
    salaryMinMinor: bigint("salary_min_minor", { mode: "number" }),
    salaryMaxMinor: bigint("salary_max_minor", { mode: "number" }),
    salaryCurrency: text("salary_currency"),
    desirability: smallint("desirability"),
    tags: text("tags")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    appliedOn: date("applied_on", { mode: "string" }),
    nextAction: text("next_action"),
    nextActionDue: date("next_action_due", { mode: "string" }),
    /** Until offers have their own records: the date an offer in hand must be answered by. */
    offerDeadline: date("offer_deadline", { mode: "string" }),
    /** The user's knowledge of this company's pace for the timing planner (`PlanOverrides`). */
    timingOverrides: jsonb("timing_overrides"),
    notes: text("notes"),
    /** Cache of the latest stage_history row, written in the same transaction as that row. */
    stage: text("stage").notNull(),
    stageEnteredAt: timestamp("stage_entered_at", { withTimezone: true, mode: "string" }).notNull(),
    position: positionKey("position").notNull(),
    archived: boolean("archived").notNull().default(false),
    ...stamps,
  },
  (t) => [
    // The company must belong to the same user as the application.
    foreignKey({
      name: "applications_company_fk",
      columns: [t.companyId, t.userId],
      foreignColumns: [companies.id, companies.userId],
    }).onDelete("cascade"),
    unique("applications_id_user_key").on(t.id, t.userId),
    index("applications_user_stage_position_idx").on(t.userId, t.stage, t.position),
    index("applications_company_idx").on(t.companyId),
    check("applications_desirability_check", sql`${t.desirability} between 1 and 5`),
    check(
      "applications_stage_check",
      sql`${t.stage} in ('interested','applied','recruiter_screen','technical_screen','onsite','offer','accepted','rejected','withdrawn','no_response')`,
    ),
    check("applications_remote_check", sql`${t.remotePolicy} in ('onsite','hybrid','remote')`),
    check("applications_salary_check", sql`${t.salaryMinMinor} <= ${t.salaryMaxMinor}`),
  ],
);

export const stageHistory = pgTable(
  "stage_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    applicationId: uuid("application_id").notNull(),
    fromStage: text("from_stage"),
    toStage: text("to_stage").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull(),
    /** Insertion order, so two changes within one clock tick keep their order. */
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
  },
  (t) => [
    foreignKey({
      name: "stage_history_application_fk",
      columns: [t.applicationId, t.userId],
      foreignColumns: [applications.id, applications.userId],
    }).onDelete("cascade"),
    index("stage_history_application_idx").on(t.applicationId, t.at, t.seq),
  ],
);

export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
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
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
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
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
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
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
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
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
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
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
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

/** One offer per application; its deadline is the application's offer_deadline (Today and the feed read it). */
export const offers = pgTable(
  "offers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    applicationId: uuid("application_id").notNull(),
    /** The compensation as entered: the domain's CompInput (amounts in major units), validated on every write. */
    comp: jsonb("comp").notNull(),
    status: text("status").notNull().default("open"),
    level: text("level"),
    title: text("title"),
    location: text("location"),
    startDate: date("start_date", { mode: "string" }),
    receivedOn: date("received_on", { mode: "string" }),
    /** Units of the comparison currency per unit of this offer's currency; null when they are the same. */
    exchangeRate: doublePrecision("exchange_rate"),
    /** The user's 1-5 scores on the decision criteria the numbers cannot give (level, growth, team...). */
    scores: jsonb("scores")
      .notNull()
      .default(sql`'{}'::jsonb`),
    notes: text("notes"),
    ...stamps,
  },
  (t) => [
    ownedBy("offers_application_fk", t.applicationId, t.userId, applications).onDelete("cascade"),
    unique("offers_id_user_key").on(t.id, t.userId),
    uniqueIndex("offers_application_key").on(t.applicationId),
    index("offers_user_idx").on(t.userId),
    check(
      "offers_status_check",
      sql`${t.status} in ('open','negotiating','accepted','declined','expired','rescinded')`,
    ),
    check("offers_exchange_rate_check", sql`${t.exchangeRate} is null or ${t.exchangeRate} > 0`),
  ],
);

export const negotiationEvents = pgTable(
  "negotiation_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    offerId: uuid("offer_id").notNull(),
    on: date("on", { mode: "string" }).notNull(),
    channel: text("channel").notNull(),
    kind: text("kind").notNull(),
    asked: text("asked"),
    response: text("response"),
    /** The offer's comp before and after this exchange, when the numbers moved. */
    before: jsonb("before"),
    after: jsonb("after"),
    ...stamps,
  },
  (t) => [
    ownedBy("negotiation_events_offer_fk", t.offerId, t.userId, offers).onDelete("cascade"),
    index("negotiation_events_offer_idx").on(t.offerId, t.on),
    check(
      "negotiation_events_channel_check",
      sql`${t.channel} in ('email','call','video','in_person','message','other')`,
    ),
    check("negotiation_events_kind_check", sql`${t.kind} in ('ask','counter','extension','note')`),
  ],
);

/** Market compensation points the user entered or imported, for percentiles. */
export const compDataPoints = pgTable(
  "comp_data_points",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    company: text("company").notNull(),
    level: text("level"),
    title: text("title"),
    location: text("location"),
    currency: text("currency").notNull(),
    baseMinor: bigint("base_minor", { mode: "number" }),
    totalMinor: bigint("total_minor", { mode: "number" }).notNull(),
    source: text("source"),
    observedOn: date("observed_on", { mode: "string" }),
    createdAt: stamps.createdAt,
  },
  (t) => [
    index("comp_data_points_user_company_idx").on(t.userId, sql`lower(${t.company})`),
    check(
      "comp_data_points_amounts_check",
      sql`${t.totalMinor} >= 0 and (${t.baseMinor} is null or ${t.baseMinor} >= 0)`,
    ),
  ],
);

/** The user's decision weights and comparison currency. */
export const offerPreferences = pgTable("offer_preferences", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  compareCurrency: text("compare_currency"),
  weights: jsonb("weights")
    .notNull()
    .default(sql`'{}'::jsonb`),
  updatedAt: stamps.updatedAt,
});

/** The timing planner's constraints (`PlanConstraints`): capacity, blackout dates, the window. */
export const timingSettings = pgTable("timing_settings", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  constraints: jsonb("constraints")
    .notNull()
    .default(sql`'{}'::jsonb`),
  updatedAt: stamps.updatedAt,
});

export const schema = {
  users,
  companies,
  applications,
  stageHistory,
  contacts,
  applicationContacts,
  outreach,
  interviews,
  interviewers,
  tasks,
  offers,
  negotiationEvents,
  compDataPoints,
  offerPreferences,
  timingSettings,
  practiceProgress,
  practiceDrafts,
  trackedProblems,
  practiceAttempts,
};
export type Schema = typeof schema;
