import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Schema } from "./schema.js";

/** A Drizzle database or transaction on either driver: repositories accept both. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DriverKind = "pglite" | "postgres";

/** An open database, chosen at the composition root. */
export interface DatabaseHandle {
  readonly kind: DriverKind;
  readonly db: Db;
  /** The driver's own query function, for measuring the app's overhead against it. */
  rawQuery(text: string, params?: unknown[]): Promise<unknown[]>;
  close(): Promise<void>;
}
