import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { CommandError } from "../connection.js";

const gunzipped = promisify(gunzip);

/** A file's bytes, unpacked when gzipped (told by its first bytes, not its name). */
export async function readInputFile(path: string): Promise<Buffer<ArrayBuffer>> {
  let bytes: Buffer<ArrayBuffer>;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CommandError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    bytes = await gunzipped(bytes).catch((error: Error) => {
      throw new CommandError(`${path} looks gzipped but cannot be unpacked: ${error.message}`);
    });
  }
  return bytes;
}

/** An export or a backup as JSON text: plain (.json) or gzipped (.json.gz). */
export async function readExportFile(path: string): Promise<string> {
  return exportText(await readInputFile(path));
}

export function exportText(bytes: Buffer): string {
  return bytes.toString("utf8").replace(/^\uFEFF/, "");
}

/**
 * A CSV (or TSV) file rather than a Loopwise export: so named, or not starting as JSON does
 * (after a byte-order mark and white space). A broken export still starts with "{" and goes on
 * to the JSON import, which says what is wrong with it.
 */
export function isCsvFile(path: string, bytes: Uint8Array): boolean {
  if (/\.(csv|tsv)$/i.test(path)) return true;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i]!)) i++;
  return bytes[i] !== 0x7b && bytes[i] !== 0x5b; // "{" or "["
}

/** Refuses to overwrite a file unless forced; checked before any work, and again when writing. */
export function checkWritable(path: string, force: boolean): void {
  if (!force && existsSync(path)) {
    throw new CommandError(`${resolve(path)} already exists; pass --force to overwrite it`);
  }
}

export async function writeOutput(path: string, data: Uint8Array, force: boolean): Promise<void> {
  try {
    await writeFile(path, data, { flag: force ? "w" : "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") checkWritable(path, false);
    throw new CommandError(`Cannot write ${path}: ${(error as Error).message}`);
  }
}
