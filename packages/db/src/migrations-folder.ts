import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The SQL migrations live in packages/db/migrations; a bundled build copies them beside the
 * bundle. Look in both places so source and bundle find them without configuration.
 */
export function defaultMigrationsFolder(): string {
  for (const candidate of ["../migrations", "./migrations"]) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(`${path}/meta/_journal.json`)) return path;
  }
  throw new Error("Loopwise cannot find its database migrations folder");
}
