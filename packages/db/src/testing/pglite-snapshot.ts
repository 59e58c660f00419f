import { openPglite } from "../drivers/pglite.js";

/** A migrated PGlite data folder as an uncompressed tarball, to load instead of migrating again. */
export async function migratedPgliteSnapshot(): Promise<Blob> {
  const prepared = await openPglite({ migrate: true });
  try {
    return await prepared.client.dumpDataDir("none");
  } finally {
    await prepared.close();
  }
}
