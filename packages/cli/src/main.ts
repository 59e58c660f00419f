#!/usr/bin/env node
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import open from "open";
import { parseCommand, UsageError } from "./args.js";
import { runDataCommand } from "./commands/run.js";
import { ConfigError, isLoopback, resolveConfig } from "./config.js";
import { CommandError } from "./connection.js";
import { DataFolderBusy } from "./data-lock.js";
import { HELP } from "./help.js";
import { startLoopwise } from "./start.js";
import { VERSION } from "./version.js";

/** The built web app, packages/web/dist, seen from the bundle (cli/dist) or the source (cli/src). */
function findWebRoot(): string | undefined {
  const path = fileURLToPath(new URL("../../web/dist", import.meta.url));
  return existsSync(`${path}/index.html`) ? path : undefined;
}

function hasDisplay(): boolean {
  if (process.platform !== "linux") return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(argv: string[]): Promise<number> {
  const command = parseCommand(argv);
  if (command.kind === "help") return (void process.stdout.write(HELP), 0);
  if (command.kind === "version") return (void console.log(VERSION), 0);
  if (command.kind !== "start") {
    await runDataCommand(command, resolveConfig({}, process.env));
    return 0;
  }

  const config = resolveConfig({ port: command.port, host: command.host, open: command.open }, process.env);
  if (!isLoopback(config.host)) {
    throw new ConfigError(
      `Refusing to listen on ${config.host}: accounts and login for server mode are not built yet, so Loopwise binds to loopback only.`,
    );
  }
  const webRoot = findWebRoot();
  if (!webRoot) console.warn("loopwise: the web app is not built (npm run build); serving the API only");
  const running = await startLoopwise(config, { webRoot });
  const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : config.dataDir;
  console.log(`Loopwise ${VERSION} is running at ${running.url}\n  data: ${where}\n  Ctrl-C to stop`);
  if (config.open && hasDisplay()) {
    open(running.url).catch(() => console.log(`Open ${running.url} in your browser.`));
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(130);
    stopping = true;
    console.log(`\nStopping (${signal})...`);
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("loopwise: error while stopping:", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`loopwise: ${error.message}\nRun loopwise --help for usage.`);
      process.exit(2);
    }
    if (error instanceof ConfigError || error instanceof DataFolderBusy || error instanceof CommandError) {
      console.error(`loopwise: ${error.message}`);
      process.exit(1);
    }
    console.error("loopwise: failed:", error);
    process.exit(1);
  },
);
