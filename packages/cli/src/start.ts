import { serve, type ServerType } from "@hono/node-server";
import { ensureLocalUser, openPglite, openPostgres, type DatabaseHandle } from "@loopwise/db";
import { createApp, systemClock, type Clock } from "@loopwise/server";
import { existsSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "./config.js";
import { lockDataFolder } from "./data-lock.js";
import { VERSION } from "./version.js";

export interface Running {
  url: string;
  port: number;
  database: DatabaseHandle;
  stop(): Promise<void>;
}

export interface StartOptions {
  webRoot?: string | undefined;
  clock?: Clock;
}

/** The composition root: config → lock → database → migrate → app → listen. */
export async function startLoopwise(config: Config, options: StartOptions = {}): Promise<Running> {
  const release = config.databaseUrl ? async () => {} : await lockDataFolder(config.home);
  let database: DatabaseHandle | undefined;
  try {
    database = config.databaseUrl
      ? await openPostgres({ url: config.databaseUrl })
      : await openPglite({ dataDir: config.dataDir, loadDataDir: emptyDatabaseFor(config.dataDir) });
    const userId = await ensureLocalUser(database.db);
    const app = createApp({
      database,
      clock: options.clock ?? systemClock,
      version: VERSION,
      random: Math.random,
      resolveUser: async () => userId,
      webRoot: options.webRoot,
      allowedHosts: ["127.0.0.1", "localhost", "[::1]", "::1"],
    });
    const server = await listen(app.fetch, config.host, config.port);
    const port = (server.address() as AddressInfo).port;
    const db = database;
    return {
      url: `http://${config.host === "::1" ? "[::1]" : config.host}:${port}`,
      port,
      database: db,
      async stop() {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Idle keep-alive sockets would hold close() open; in-flight requests still finish.
        (server as import("node:http").Server).closeIdleConnections();
        await closed;
        await db.close();
        await release();
      },
    };
  } catch (error) {
    await database?.close().catch(() => {});
    await release();
    throw error;
  }
}

/**
 * A new data folder starts as a copy of the empty database the build prepared (scripts/build-cli.ts)
 * rather than running initdb inside WebAssembly; without a build (running from source) PGlite
 * creates it.
 */
function emptyDatabaseFor(dataDir: string): Blob | undefined {
  if (existsSync(join(dataDir, "PG_VERSION"))) return undefined;
  const snapshot = fileURLToPath(new URL("./empty-database.tar.gz", import.meta.url));
  return existsSync(snapshot) ? new Blob([readFileSync(snapshot)]) : undefined;
}

function listen(fetch: Parameters<typeof serve>[0]["fetch"], hostname: string, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname, port }, () => resolve(server));
    server.once("error", reject);
  });
}
