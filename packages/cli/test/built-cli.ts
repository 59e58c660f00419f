import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The built `loopwise` (scripts/build-cli.ts), the file `npm start` runs: the process tests run what
 * users run, harnesses and migrations beside it, and start in a second where tsx took two.
 * `npm test` builds first; a bundle missing or older than its sources is refused, never tested.
 */
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const BUNDLE = join(ROOT, "packages/cli/dist/loopwise.js");
const SOURCES = ["cli", "server", "db", "domain", "runner"].map((name) => join(ROOT, "packages", name, "src"));

function newestIn(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }, 0);
}

let checked: string | undefined;

export function builtCli(): string {
  if (checked !== undefined) return checked;
  let built: number;
  try {
    built = statSync(BUNDLE).mtimeMs;
  } catch {
    throw new Error(`the CLI is not built (${BUNDLE}): run npm run build`);
  }
  const newest = Math.max(...SOURCES.map(newestIn));
  if (newest > built) throw new Error("the CLI bundle is older than its sources: run npm run build");
  return (checked = BUNDLE);
}
