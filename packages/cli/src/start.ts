import { serve, type ServerType } from "@hono/node-server";
import type { DatabaseHandle } from "@loopwise/db";
import { createRunnerJudge, systemClock, type Clock } from "@loopwise/server";
import type { AddressInfo } from "node:net";
import { scheduleBackups, type BackupSchedule } from "./backup-schedule.js";
import type { Config } from "./config.js";
import { localApp, openData, problemsFolder } from "./local-app.js";
import { removeServerFile, writeServerFile } from "./server-file.js";

export interface Running {
  url: string;
  port: number;
  database: DatabaseHandle;
  /** The automatic daily backup, in local mode. */
  backups: BackupSchedule | undefined;
  stop(): Promise<void>;
}

export interface StartOptions {
  webRoot?: string | undefined;
  clock?: Clock;
  /** How often the daily backup is checked for (an hour); false turns automatic backups off. */
  backupCheckMs?: number | false;
}

/**
 * The composition root: config → lock → database → migrate → app → listen; then, in local mode,
 * `server.json` for the CLI's other commands and the automatic daily backup.
 */
export async function startLoopwise(config: Config, options: StartOptions = {}): Promise<Running> {
  const data = await openData(config);
  const clock = options.clock ?? systemClock;
  // Starts nothing until the practice page first asks; server mode refuses runs without bubblewrap.
  const practice = createRunnerJudge({
    mode: config.databaseUrl ? "server" : "local",
    problemsRoot: problemsFolder(),
  });
  try {
    const app = localApp(data, {
      clock,
      webRoot: options.webRoot,
      allowedHosts: ["127.0.0.1", "localhost", "[::1]", "::1"],
      practice,
    });
    const server = await listen(app.fetch, config.host, config.port);
    const port = (server.address() as AddressInfo).port;
    const url = `http://${config.host === "::1" ? "[::1]" : config.host}:${port}`;
    const local = !config.databaseUrl;
    if (local) writeServerFile(config.home, { pid: process.pid, port, url });

    const backups =
      data.backups && options.backupCheckMs !== false
        ? scheduleBackups({
            folder: data.backups,
            now: () => clock.now(),
            everyMs: options.backupCheckMs,
            async backupNow() {
              const res = await app.request("/api/backups", { method: "POST" });
              if (!res.ok) throw new Error(`the server answered ${res.status}: ${await res.text()}`);
            },
          })
        : undefined;

    return {
      url,
      port,
      database: data.database,
      backups,
      async stop() {
        if (local) removeServerFile(config.home);
        await backups?.stop();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Idle keep-alive sockets would hold close() open; in-flight requests still finish.
        (server as import("node:http").Server).closeIdleConnections();
        await closed;
        await practice.close();
        await data.close();
      },
    };
  } catch (error) {
    await practice.close().catch(() => {});
    await data.close().catch(() => {});
    throw error;
  }
}

function listen(fetch: Parameters<typeof serve>[0]["fetch"], hostname: string, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname, port }, () => resolve(server));
    server.once("error", reject);
  });
}
