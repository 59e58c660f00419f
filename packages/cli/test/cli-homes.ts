import { openPglite } from "@loopwise/db";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { resolveConfig, type Config } from "../src/config.js";

/**
 * Homes for CLI tests. A new data folder would run initdb inside WebAssembly (seconds); these
 * start from the migrated snapshot the test run's global setup made, as a built Loopwise starts
 * from the empty database the build made.
 */
export function testHomes() {
  const homes: string[] = [];
  return {
    async create(options: { seeded?: boolean } = {}): Promise<Config> {
      const home = mkdtempSync(join(tmpdir(), "loopwise-data-cli-"));
      homes.push(home);
      const config = resolveConfig({ home, port: "0", open: false }, {});
      if (options.seeded !== false) {
        const snapshot = inject("pgliteSnapshot");
        if (snapshot) {
          const db = await openPglite({
            dataDir: config.dataDir,
            loadDataDir: new Blob([readFileSync(snapshot)]),
            migrate: false,
          });
          await db.close();
        }
      }
      return config;
    },
    removeAll() {
      for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
    },
  };
}
