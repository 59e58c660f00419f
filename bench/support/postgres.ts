import { randomBytes } from "node:crypto";
import pg from "pg";

export interface TempDatabases {
  urls: string[];
  drop(): Promise<void>;
}

/**
 * Creates throwaway databases beside the one `baseUrl` names, so the bench never writes into a
 * database somebody uses; an error (with the server's reason) when the role may not create them.
 */
export async function createTempDatabases(baseUrl: string, count: number): Promise<TempDatabases | { error: string }> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  const names: string[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const name = `loopwise_bench_${randomBytes(4).toString("hex")}`;
      await admin.query(`create database "${name}"`);
      names.push(name);
    }
  } catch (error) {
    await dropAll(admin, names);
    await admin.end();
    return { error: `cannot create a throwaway database (${(error as Error).message})` };
  }
  await admin.end();
  return {
    urls: names.map((name) => {
      const url = new URL(baseUrl);
      url.pathname = `/${name}`;
      return url.toString();
    }),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await dropAll(client, names);
      } finally {
        await client.end();
      }
    },
  };
}

async function dropAll(client: pg.Client, names: string[]): Promise<void> {
  for (const name of names) await client.query(`drop database if exists "${name}" with (force)`);
}
