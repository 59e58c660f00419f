import { spawn, type ChildProcess } from "node:child_process";
import { get } from "node:http";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "../../test-support/free-port.js";

/** One GET with a fresh connection; the status and body, or undefined when nobody answers yet. */
function probe(url: string): Promise<{ status: number; body: string } | undefined> {
  return new Promise((resolve) => {
    const request = get(url, { agent: false, timeout: 2_000 }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      response.on("error", () => resolve(undefined));
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve(undefined));
  });
}

export interface StartTiming {
  /** From spawn to the first 200 of GET /api/health. */
  healthMs: number;
  /** From spawn to the first full answer of GET /api/applications, when asked for. */
  listMs?: number;
  listRows?: number;
}

/**
 * Spawns the built CLI as a user would start it and polls /api/health every 5 ms until it answers
 * 200; optionally then asks for the board. Stops the process with SIGTERM (a clean shutdown) and
 * waits for it to exit.
 */
export async function timeStart(cli: string, env: NodeJS.ProcessEnv, withList: boolean): Promise<StartTiming> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let output = "";
  const started = performance.now();
  const child = spawn(process.execPath, [cli, "--no-open", "--port", String(port)], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let exited: number | null = null;
  child.once("exit", (code, signal) => (exited = code ?? (signal ? 128 : 1)));
  try {
    let healthMs: number | undefined;
    while (healthMs === undefined) {
      if (exited !== null) throw new Error(`the CLI exited (${exited}) before answering:\n${output}`);
      if (performance.now() - started > 60_000) throw new Error(`the CLI did not answer within 60 s:\n${output}`);
      const tick = performance.now();
      const answer = await probe(`${base}/api/health`);
      if (answer?.status === 200) healthMs = performance.now() - started;
      else await sleep(Math.max(0, 5 - (performance.now() - tick)));
    }
    if (!withList) return { healthMs };
    const list = await probe(`${base}/api/applications`);
    const listMs = performance.now() - started;
    if (list?.status !== 200)
      throw new Error(`GET /api/applications answered ${list?.status}: ${list?.body.slice(0, 300)}`);
    return { healthMs, listMs, listRows: (JSON.parse(list.body) as { total: number }).total };
  } finally {
    await stop(child);
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
