import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { openPostgres } from "../packages/db/src/drivers/postgres.js";
import { adminQuery, databaseUrl, dropDatabase, quoteIdent } from "../packages/db/src/testing/postgres-admin.js";
import type { PostgresTestTarget } from "../packages/db/src/testing/provided-context.js";
import { findPostgresBin, startCluster } from "./postgres-cluster.js";
import { noteSkipped } from "./skip-notices.js";

const INSTALL =
  "apt-get install postgresql (Debian/Ubuntu), or set TEST_DATABASE_URL to a server the tests may create databases on";

/**
 * A PostgreSQL for the run: TEST_DATABASE_URL when set, else a throwaway cluster from the
 * system's initdb/pg_ctl. A migrated template database is made once; each test database is a
 * copy of it. Without PostgreSQL (or with LOOPWISE_TESTS_SKIP_POSTGRES=1) the run goes on with
 * PGlite alone and says so loudly; with CI=true, packages/db/test/postgres-available.test.ts then
 * fails the run.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const runId = randomBytes(4).toString("hex");
  let stopCluster = async () => {};
  let target: PostgresTestTarget | null = null;
  let missing: string | null = null;
  try {
    if (process.env.LOOPWISE_TESTS_SKIP_POSTGRES === "1") throw new Missing("LOOPWISE_TESTS_SKIP_POSTGRES=1 is set");
    let serverUrl = process.env.TEST_DATABASE_URL;
    let origin = "TEST_DATABASE_URL";
    if (!serverUrl) {
      const bin = findPostgresBin();
      if (!bin) throw new Missing("initdb and pg_ctl were not found on PATH or in /usr/lib/postgresql/*/bin");
      const cluster = await startCluster(bin);
      stopCluster = cluster.stop;
      serverUrl = cluster.url;
      origin = `a throwaway ${cluster.version} cluster (initdb + start ${Math.round(performance.now() - started)} ms)`;
    }
    target = await prepareTemplate(serverUrl, runId);
    const ms = Math.round(performance.now() - started);
    console.log(`PostgreSQL for the tests: ${origin}, template ready in ${ms} ms`);
  } catch (error) {
    await stopCluster();
    missing = error instanceof Missing ? error.message : `could not start: ${(error as Error).message}`;
    noteSkipped({
      part: "every test on a real PostgreSQL (the PGlite runs still ran)",
      reason: missing,
      install: INSTALL,
    });
  }
  project.provide("postgres", target);
  project.provide("postgresMissing", missing);
  return async () => {
    if (target) await sweep(target).catch(() => undefined);
    await stopCluster();
  };
}

class Missing extends Error {}

async function prepareTemplate(serverUrl: string, runId: string): Promise<PostgresTestTarget> {
  const template = `loopwise_template_${runId}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${quoteIdent(template)}`);
  const handle = await openPostgres({ url: databaseUrl(serverUrl, template), migrate: true, maxConnections: 1 });
  await handle.close();
  return { adminUrl: serverUrl, template, prefix: `loopwise_t_${runId}_` };
}

/** Drops the template and any test database a crashed worker left behind. */
async function sweep(target: PostgresTestTarget): Promise<void> {
  const { rows } = await adminQuery(target.adminUrl, "SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [
    target.prefix,
  ]);
  for (const { datname } of rows as { datname: string }[]) await dropDatabase(target.adminUrl, datname);
  await dropDatabase(target.adminUrl, target.template);
}
