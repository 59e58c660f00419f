import type { Clock } from "@loopwise/server";
import type { Config } from "./config.js";
import { localApp, openData } from "./local-app.js";
import { findRunningServer } from "./server-file.js";

/** The API, reached over HTTP at a running server or in this process over the data folder. */
export interface Connection {
  /** Where the data is, for messages: "the running Loopwise at http://…" or the data folder. */
  readonly where: string;
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/**
 * A running Loopwise holds the data folder: talk to it (it named itself in `server.json` and
 * answers its health check). Otherwise take the folder's lock and open the database here, with
 * the same app, so both ways run the same code.
 */
export async function connect(config: Config, options: { clock?: Clock } = {}): Promise<Connection> {
  if (!config.databaseUrl) {
    const running = await findRunningServer(config.home);
    if (running) {
      return {
        where: `the running Loopwise at ${running.url}`,
        request: (path, init) => fetch(`${running.url}${path}`, init),
        close: async () => {},
      };
    }
  }
  const data = await openData(config);
  const app = localApp(data, { clock: options.clock });
  return {
    where: config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : config.dataDir,
    request: async (path, init) => app.request(path, init),
    close: () => data.close(),
  };
}

/** A refusal or failure the user should read: printed as is, exit code 1. */
export class CommandError extends Error {}

/** The API's `{ error: { message, fields } }` as a CommandError naming the first fields at fault. */
export async function failure(res: Response, doing: string): Promise<CommandError> {
  const body = (await res.json().catch(() => undefined)) as
    { error?: { message?: string; fields?: Record<string, string> } } | undefined;
  const message = body?.error?.message ?? `the server answered ${res.status}`;
  // The message names the first few faults; list the rest the server named, up to ten in all.
  const fields = Object.entries(body?.error?.fields ?? {})
    .slice(3, 10)
    .map(([field, problem]) => `\n  ${field}: ${problem}`)
    .join("");
  return new CommandError(`Could not ${doing}: ${message}${fields}`);
}
