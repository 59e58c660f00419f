import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { z } from "zod";

export const DEFAULT_PORT = 4870;

const portSchema = z.coerce
  .number({ error: "must be a number" })
  .int({ error: "must be a whole number" })
  .min(0, { error: "must be 0 to 65535" })
  .max(65535, { error: "must be 0 to 65535" });

export interface Config {
  home: string;
  dataDir: string;
  /** Local mode's automatic and manual backups. */
  backupsDir: string;
  host: string;
  port: number;
  databaseUrl: string | undefined;
  open: boolean;
}

export interface ConfigInput {
  port?: string | undefined;
  host?: string | undefined;
  open?: boolean | undefined;
  home?: string | undefined;
}

/** Flags win over the environment, which wins over the defaults. */
export function resolveConfig(input: ConfigInput, env: NodeJS.ProcessEnv): Config {
  const rawPort = input.port ?? (env.PORT || undefined) ?? String(DEFAULT_PORT);
  const port = portSchema.safeParse(rawPort.trim() === "" ? Number.NaN : rawPort);
  if (!port.success) throw new ConfigError(`--port / PORT ${port.error.issues[0]?.message}: got "${rawPort}"`);
  const home = resolve(input.home ?? env.LOOPWISE_HOME ?? join(homedir(), ".loopwise"));
  return {
    home,
    dataDir: join(home, "data"),
    backupsDir: join(home, "backups"),
    host: input.host ?? "127.0.0.1",
    port: port.data,
    databaseUrl: env.DATABASE_URL || undefined,
    open: input.open ?? true,
  };
}

export class ConfigError extends Error {}

export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
