import { sql } from "drizzle-orm";
import {
  bigint,
  unique,
  check,
  date,
  doublePrecision,
  jsonb,
  index,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ownedBy, ownerId, stamps, users } from "./schema-base.js";
import { applications } from "./schema-pipeline.js";

/* Offers and negotiation: the offers, their negotiation events, market data points, the decision
 * preferences. */

/** One offer per application; its deadline is the application's offer_deadline (Today and the feed read it). */
export const offers = pgTable(
  "offers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: ownerId(),
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
    userId: ownerId(),
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
    userId: ownerId(),
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
