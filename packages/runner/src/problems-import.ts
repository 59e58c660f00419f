import { build } from "esbuild";
import { pathToFileURL } from "node:url";

/**
 * Imports a problem's `large.ts` or `checker.ts`. Under a TypeScript loader (vitest, tsx) directly;
 * under plain Node (the bundled CLI) through esbuild, bundled into one module and imported from a
 * data: URL. These files are part of the bank: trusted code, never a user's.
 */
export async function importTypeScript(file: string): Promise<unknown> {
  try {
    return (await import(pathToFileURL(file).href)) as unknown;
  } catch (error) {
    if ((error as { code?: string }).code !== "ERR_UNKNOWN_FILE_EXTENSION") throw error;
  }
  const out = await build({
    entryPoints: [file],
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
  });
  const code = out.outputFiles[0]!.text;
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as unknown;
}
