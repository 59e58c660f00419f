import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

/**
 * `server.json` in the home folder names the Loopwise serving it, so a command run beside it
 * (`loopwise export`, `import`, `backup`, `restore`) talks to it over HTTP instead of opening
 * the database the server holds. Written once the server listens, removed when it stops.
 */
const serverInfoSchema = z.object({
  pid: z.number().int().positive(),
  port: z.number().int().min(1).max(65535),
  url: z.url({ protocol: /^http$/ }),
});
export type ServerInfo = z.infer<typeof serverInfoSchema>;

export function serverFilePath(home: string): string {
  return join(home, "server.json");
}

export function writeServerFile(home: string, info: ServerInfo): void {
  const path = serverFilePath(home);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(info)}\n`);
  renameSync(temp, path);
}

/** Removes the file if it still names this process (a newer server may have replaced it). */
export function removeServerFile(home: string, pid = process.pid): void {
  if (readServerFile(home)?.pid === pid) rmSync(serverFilePath(home), { force: true });
}

export function readServerFile(home: string): ServerInfo | undefined {
  try {
    const parsed = serverInfoSchema.safeParse(JSON.parse(readFileSync(serverFilePath(home), "utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    // No file (no server), or one cut short: either way there is no server to talk to.
    return undefined;
  }
}

/** The server `server.json` names, if its process runs and it answers its health check. */
export async function findRunningServer(home: string, timeoutMs = 10_000): Promise<ServerInfo | undefined> {
  const info = readServerFile(home);
  if (!info || !isRunning(info.pid)) return undefined;
  try {
    const res = await fetch(`${info.url}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await res.json()) as { ok?: unknown };
    return res.ok && body.ok === true ? info : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
