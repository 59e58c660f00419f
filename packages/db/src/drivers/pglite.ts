import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import type { DatabaseHandle, Db } from "../database.js";
import { defaultMigrationsFolder } from "../migrations-folder.js";
import { schema } from "../schema.js";

export interface PgliteOptions {
  /** A folder for the data; in memory when absent. */
  dataDir?: string;
  /** A data folder tarball from `dumpDataDir`, to start from a prepared database. */
  loadDataDir?: Blob | File;
  migrate?: boolean;
}

export async function openPglite(options: PgliteOptions = {}): Promise<DatabaseHandle & { client: PGlite }> {
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = drizzle(client, { schema }) as unknown as Db;
  if (options.migrate !== false) {
    await migrate(drizzle(client, { schema }), { migrationsFolder: defaultMigrationsFolder() });
  }
  // PGlite runs no autovacuum: without statistics the planner guesses a handful of rows and picks
  // nested loops that cost 4x on a 2,000-card list. Opening is the natural moment to refresh them.
  await client.exec("analyze");
  return {
    kind: "pglite",
    db,
    client,
    async rawQuery(text, params) {
      return (await client.query(text, params)).rows;
    },
    close: () => client.close(),
  };
}
