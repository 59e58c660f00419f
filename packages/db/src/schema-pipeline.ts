import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  foreignKey,
  unique,
  check,
  customType,
  date,
  jsonb,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ownerId, stamps, users } from "./schema-base.js";

/* The pipeline: companies, applications and their stage history, and the timing planner's settings. */

/** Fractional-index keys compare byte by byte, whatever the database's default collation. */
const positionKey = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });

export const companies = pgTable(
  "companies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: ownerId(),
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
    userId: ownerId(),
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
    userId: ownerId(),
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
