/** What the test run's global setup hands every test process (vitest `provide` / `inject`). */
export interface PostgresTestTarget {
  /** A URL of a database on the server the tests may use to create and drop databases. */
  adminUrl: string;
  /** A migrated database to copy (`CREATE DATABASE ... TEMPLATE`). */
  template: string;
  /** Prefix of the databases this run creates, so teardown can sweep any left behind. */
  prefix: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** null when no PostgreSQL is available to this run. */
    postgres: PostgresTestTarget | null;
    /** Why PostgreSQL is missing, when it is. */
    postgresMissing: string | null;
    /** A migrated PGlite data folder (an uncompressed `dumpDataDir` tarball) to start each test database from. */
    pgliteSnapshot: string | null;
  }
}
