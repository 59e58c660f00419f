import { defineConfig } from "vitest/config";

/**
 * One run, seven projects. The global setups run once for the whole run: a migrated PGlite
 * snapshot, and a PostgreSQL (TEST_DATABASE_URL or a throwaway cluster) with a migrated template.
 * The summary reporter prints `N passed, N failed` as the last line.
 *
 * The in-process projects share one module graph per worker (`isolate: false`): their files
 * restore what they change (process.env, spies), and each suite makes its own database. Measured
 * on the server's 40 files: 224 s → 136 s, from loading Drizzle, PGlite and Hono once per worker
 * instead of once per file. The runner and CLI spawn processes and gained nothing from it.
 */
export default defineConfig({
  test: {
    globalSetup: ["./test-support/pglite-global-setup.ts", "./test-support/postgres-global-setup.ts"],
    reporters: ["default", "./test-support/summary-reporter.ts"],
    projects: [
      // Property tests run hundreds of cases: on a loaded 2-core machine they can pass 5 s.
      { test: { name: "unit", isolate: false, include: ["packages/domain/test/**/*.test.ts"], testTimeout: 20_000 } },
      { test: { name: "web", isolate: false, include: ["packages/web/test/**/*.test.ts"] } },
      {
        test: {
          name: "db",
          isolate: false,
          include: ["packages/db/test/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: "server",
          include: ["packages/server/test/**/*.test.ts"],
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: "runner",
          include: ["packages/runner/test/**/*.test.ts", "content/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "cli",
          include: ["packages/cli/test/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser journey at a time, in one process.
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
});
