import { readFileSync } from "node:fs";

/**
 * The harness sources (`./harness/`), read once. A bundled build (the CLI) copies that folder
 * beside its bundle as `harness/`, where `import.meta.url` then points.
 */
const folder = new URL("./harness/", import.meta.url);
const cache = new Map<string, string>();

export function harnessFile(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(name, folder), "utf8");
    cache.set(name, text);
  }
  return text;
}

export function harnessFiles(names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, harnessFile(name)]));
}
