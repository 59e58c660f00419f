import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { UserId } from "@loopwise/domain";
import { inject, type ProvidedContext } from "vitest";
import type { DatabaseHandle, DriverKind } from "../database.js";
import { openPglite } from "../drivers/pglite.js";
import { openPostgres } from "../drivers/postgres.js";
import { ensureLocalUser } from "../repos/users.js";
import { migratedPgliteSnapshot } from "./pglite-snapshot.js";
import { adminQuery, databaseUrl, dropDatabase, quoteIdent } from "./postgres-admin.js";
import type { PostgresTestTarget } from "./provided-context.js";

export type { PostgresTestTarget } from "./provided-context.js";
export { adminQuery, databaseUrl, dropDatabase, quoteIdent } from "./postgres-admin.js";
export { migratedPgliteSnapshot } from "./pglite-snapshot.js";

/** A fresh, migrated database of its own, with the local user already created. */
export interface TestDatabase extends DatabaseHandle {
  readonly userId: UserId;
}

/** The drivers this run can test: PGlite always, PostgreSQL when the global setup found one. */
export function testDrivers(): DriverKind[] {
  return postgresTarget() ? ["pglite", "postgres"] : ["pglite"];
}

export interface TestDbOptions {
  /** The session's TimeZone (an IANA name), to check nothing depends on the server's zone. */
  timeZone?: string;
}

/** Opens a fresh, migrated database on the given driver; `close()` throws it away. */
export async function createTestDb(kind: DriverKind, options: TestDbOptions = {}): Promise<TestDatabase> {
  if (options.timeZone && !/^[A-Za-z0-9_/+-]+$/.test(options.timeZone)) {
    throw new Error(`not a time zone name: ${options.timeZone}`);
  }
  const handle = kind === "pglite" ? await freshPglite() : await freshPostgres(options);
  try {
    // PGlite has a single session, so a SET lasts as long as the database.
    if (kind === "pglite" && options.timeZone) await handle.rawQuery(`SET TIME ZONE '${options.timeZone}'`);
    const userId = await ensureLocalUser(handle.db);
    return Object.assign(handle, { userId });
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function postgresTarget(): PostgresTestTarget | null {
  return provided("postgres");
}

/** A value from the run's global setup; null outside a vitest run (a bench script, say). */
function provided<K extends "postgres" | "pgliteSnapshot">(key: K): ProvidedContext[K] | null {
  try {
    return inject(key) ?? null;
  } catch {
    return null;
  }
}

let snapshot: Promise<Blob> | undefined;

/**
 * A fresh PGlite costs ~2 s to create and migrate, and ~0.5 s to load from a migrated snapshot:
 * every test database starts from the snapshot the global setup wrote (or one made here once).
 */
async function freshPglite(): Promise<DatabaseHandle> {
  snapshot ??= (async () => {
    const path = provided("pgliteSnapshot");
    return path ? new Blob([await readFile(path)]) : migratedPgliteSnapshot();
  })();
  return openPglite({ loadDataDir: await snapshot, migrate: false });
}

async function freshPostgres(options: TestDbOptions): Promise<DatabaseHandle> {
  const target = postgresTarget();
  if (!target) throw new Error("PostgreSQL is not available to this test run (see the warning at its start)");
  const name = `${target.prefix}${randomBytes(6).toString("hex")}`;
  await adminQuery(target.adminUrl, `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(target.template)}`);
  let handle: DatabaseHandle;
  try {
    const url = new URL(databaseUrl(target.adminUrl, name));
    if (options.timeZone) url.searchParams.set("options", `-c TimeZone=${options.timeZone}`);
    handle = await openPostgres({ url: url.toString(), migrate: false, maxConnections: 4 });
  } catch (error) {
    await dropDatabase(target.adminUrl, name);
    throw error;
  }
  return {
    kind: handle.kind,
    db: handle.db,
    rawQuery: handle.rawQuery,
    async close() {
      await handle.close();
      await dropDatabase(target.adminUrl, name);
    },
  };
}
