import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

/** Milliseconds from spawn to exit of a bare interpreter start (`python3 -c pass`, `node -e 0`). */
export function bareStart(file: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(file, args, { stdio: "ignore" });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve(performance.now() - start) : reject(new Error(`${file} exited ${code}`)),
    );
  });
}

export interface RunBody {
  language: "python" | "javascript";
  source: string;
  mode: "run" | "submit";
  problem?: string;
}

interface RunAnswer {
  verdict: string;
  stdout?: string;
  cases?: unknown[];
}

/** POSTs one run over the socket; the milliseconds from request to verdict, and the answer. */
export async function postRun(
  base: string,
  body: RunBody,
): Promise<{ ms: number; status: number; retryAfter: number | null; answer?: RunAnswer }> {
  const start = performance.now();
  const response = await fetch(`${base}/api/runs`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const ms = performance.now() - start;
  const retry = response.headers.get("retry-after");
  const answer = response.ok ? (JSON.parse(text) as RunAnswer) : undefined;
  if (!response.ok && response.status !== 429)
    throw new Error(`POST /api/runs answered ${response.status}: ${text.slice(0, 300)}`);
  return { ms, status: response.status, retryAfter: retry === null ? null : Number(retry), answer };
}

/** A run that must end with `verdict` (a hello world's "ok", a reference's "accepted"). */
export async function timedRun(base: string, body: RunBody, verdict: string): Promise<number> {
  const { ms, status, answer } = await postRun(base, body);
  if (status !== 200 || answer?.verdict !== verdict) {
    throw new Error(`expected ${verdict}, got ${status} ${JSON.stringify(answer).slice(0, 300)}`);
  }
  return ms;
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim().slice(0, 120);
  } catch {
    return "(exited)";
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every process descended from `root` (by /proc's parent links), with its command line. */
export function descendants(root: number): { pid: number; command: string }[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command may hold spaces and parentheses: the fields after the last ")" are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // Exited while listed.
    }
  }
  const found: { pid: number; command: string }[] = [];
  const walk = (pid: number) => {
    for (const [child, parent] of parents) {
      if (parent === pid) {
        found.push({ pid: child, command: commandOf(child) });
        walk(child);
      }
    }
  };
  walk(root);
  return found;
}
