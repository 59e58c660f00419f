import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "./free-port.js";

const run = promisify(execFile);

/** A throwaway PostgreSQL server in a temporary folder, for one test run. */
export interface Cluster {
  /** A URL of the server's `postgres` database, as the superuser `postgres`. */
  url: string;
  version: string;
  stop(): Promise<void>;
}

export class PostgresUnavailable extends Error {}

/** The folder holding `initdb` and `pg_ctl`: on PATH, else Debian's newest /usr/lib/postgresql/N/bin. */
export function findPostgresBin(): string | undefined {
  const onPath = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  const debian = existsSync("/usr/lib/postgresql")
    ? readdirSync("/usr/lib/postgresql")
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => `/usr/lib/postgresql/${v}/bin`)
    : [];
  return [...onPath, ...debian].find((dir) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl")));
}

/**
 * initdb into a temporary folder with trust auth, then start on a free loopback port with the
 * socket in that folder and durability off. PostgreSQL refuses to run as root, so as root the
 * folder is given to the `postgres` user and every command runs through `runuser`.
 */
export async function startCluster(bin: string): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), "loopwise-pg-"));
  const asRoot = process.getuid?.() === 0;
  const command = async (tool: string, args: string[]) => {
    const [file, argv] = asRoot
      ? ["runuser", ["-u", "postgres", "--", join(bin, tool), ...args]]
      : [join(bin, tool), args];
    return run(file, argv, { cwd: dir, timeout: 60_000 });
  };
  try {
    if (asRoot) {
      const owner = await postgresUser();
      chownSync(dir, owner.uid, owner.gid);
    }
    const data = join(dir, "data");
    const { stdout: version } = await command("pg_ctl", ["--version"]);
    await command("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync"]);
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      const options = [
        `-p ${port}`,
        `-k ${dir}`,
        "-c listen_addresses=127.0.0.1",
        "-c fsync=off",
        "-c full_page_writes=off",
        "-c synchronous_commit=off",
        "-c max_connections=200",
      ].join(" ");
      try {
        await command("pg_ctl", ["-D", data, "-l", join(dir, "server.log"), "-w", "-t", "30", "-o", options, "start"]);
      } catch (error) {
        // Most likely another process took the port between the probe and the start: try another.
        lastError = new Error(`pg_ctl start failed: ${(error as Error).message}\n${logTail(dir)}`);
        continue;
      }
      const stopSync = () => {
        try {
          const args = ["-D", data, "-m", "immediate", "-w", "stop"];
          if (asRoot)
            execFileSync("runuser", ["-u", "postgres", "--", join(bin, "pg_ctl"), ...args], { stdio: "ignore" });
          else execFileSync(join(bin, "pg_ctl"), args, { stdio: "ignore" });
        } catch {
          // Already stopped.
        }
        rmSync(dir, { recursive: true, force: true });
      };
      // If the run is killed before its teardown, do not leave a server behind.
      process.once("exit", stopSync);
      return {
        url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
        version: version.trim(),
        async stop() {
          process.removeListener("exit", stopSync);
          await command("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    throw lastError;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  const [, , uid, gid] = line?.split(":") ?? [];
  if (uid === undefined || gid === undefined) {
    throw new PostgresUnavailable("running as root, and there is no `postgres` user to run the server as");
  }
  return { uid: Number(uid), gid: Number(gid) };
}

function logTail(dir: string): string {
  try {
    return readFileSync(join(dir, "server.log"), "utf8").split("\n").slice(-15).join("\n");
  } catch {
    return "(no server log)";
  }
}
