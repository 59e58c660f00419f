import { sql } from "drizzle-orm";
import {
  boolean,
  foreignKey,
  pgTable,
  type AnyPgColumn,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/** What every table shares: the users, the timestamps and the owned-row foreign key. */

export const stamps = {
  createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
};

/** The row's owner: every query is scoped by it, and deleting the user deletes the row. */
export const ownerId = () =>
  uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });

/** A foreign key to a user's own row: the pair (id, user_id) must exist. */
export function ownedBy(
  name: string,
  column: AnyPgColumn,
  userId: AnyPgColumn,
  table: { id: AnyPgColumn; userId: AnyPgColumn },
) {
  return foreignKey({ name, columns: [column, userId], foreignColumns: [table.id, table.userId] });
}

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    email: text("email"),
    isLocal: boolean("is_local").notNull().default(false),
    /** Secret in the calendar feed's URL; rotating it revokes every old subscription. */
    calendarToken: text("calendar_token"),
    ...stamps,
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    uniqueIndex("users_calendar_token_key").on(t.calendarToken),
    uniqueIndex("users_one_local_key")
      .on(t.isLocal)
      .where(sql`${t.isLocal}`),
  ],
);
