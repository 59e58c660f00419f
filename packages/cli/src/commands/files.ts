import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { CommandError } from "../connection.js";

const gunzipped = promisify(gunzip);

/** An export or a backup as JSON text: plain (.json) or gzipped (.json.gz, told by its first bytes). */
export async function readExportFile(path: string): Promise<string> {
  let bytes: Buffer;
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
  return bytes.toString("utf8").replace(/^\uFEFF/, "");
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
