import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { defaultMigrationsFolder } from "../packages/db/src/migrations-folder.js";
import { migratedPgliteSnapshot } from "../packages/db/src/testing/pglite-snapshot.js";

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * Creating and migrating a PGlite takes ~2 s; loading a migrated snapshot ~0.5 s. The snapshot is
 * kept in node_modules/.cache, keyed by the migrations and the PGlite version, so it is made once
 * per change rather than once per test file.
 */
export default async function setup(project: TestProject): Promise<void> {
  const path = join(root, "node_modules", ".cache", "loopwise-tests", `pglite-${snapshotKey()}.tar`);
  if (!existsSync(path)) {
    const started = performance.now();
    const snapshot = await migratedPgliteSnapshot();
    mkdirSync(dirname(path), { recursive: true });
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await snapshot.arrayBuffer()));
    renameSync(partial, path);
    console.log(`PGlite test snapshot made in ${Math.round(performance.now() - started)} ms`);
  }
  project.provide("pgliteSnapshot", path);
}

function snapshotKey(): string {
  const hash = createHash("sha256");
  const pglite = JSON.parse(
    readFileSync(join(root, "node_modules", "@electric-sql", "pglite", "package.json"), "utf8"),
  ) as { version: string };
  hash.update(pglite.version);
  const folder = defaultMigrationsFolder();
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]))
      .sort();
  for (const file of files(folder)) hash.update(file.slice(folder.length)).update(readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}
