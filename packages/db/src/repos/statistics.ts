import { sql } from "drizzle-orm";
import type { Db } from "../database.js";

/** Refreshes the planner's statistics after a bulk write (PGlite has no autovacuum to do it). */
export async function refreshStatistics(db: Db): Promise<void> {
  await db.execute(sql`analyze applications, companies, stage_history`);
}
