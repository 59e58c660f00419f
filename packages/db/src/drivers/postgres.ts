import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type { DatabaseHandle, Db } from "../database.js";
import { defaultMigrationsFolder } from "../migrations-folder.js";
import { schema } from "../schema.js";

export interface PostgresOptions {
  url: string;
  migrate?: boolean;
  maxConnections?: number;
}

export async function openPostgres(options: PostgresOptions): Promise<DatabaseHandle & { pool: pg.Pool }> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
  // An idle connection the server closes (restart, failover, admin) is dropped from the pool and
  // replaced on the next query; unhandled, node-postgres would crash the process with it.
  pool.on("error", (error) => console.warn(`loopwise: a database connection was closed: ${error.message}`));
  // Fail at start, with the server's own message, rather than at the first request.
  const probe = await pool.connect();
  probe.release();
  const drizzleDb = drizzle(pool, { schema });
  if (options.migrate !== false) {
    await migrate(drizzleDb, { migrationsFolder: defaultMigrationsFolder() });
  }
  return {
    kind: "postgres",
    db: drizzleDb as unknown as Db,
    pool,
    async rawQuery(text, params) {
      return (await pool.query(text, params)).rows;
    },
    close: () => pool.end(),
  };
}
