import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { processTree } from "../../src/sandbox-cpu.js";
import type { StartOptions } from "../../src/sandbox.js";
import { startSandbox } from "../../src/sandbox.js";
import type { SandboxOutcome, SandboxSpec } from "../../src/sandbox-types.js";

/**
 * Runs a sandbox while watching it from the host: which pid namespace it made, how many processes
 * it ever held at once, and, once the run has settled, whether anything of it is still alive.
 */

export interface WatchedRun {
  outcome: SandboxOutcome;
  /** The sandbox's pid namespace (a /proc/<pid>/ns/pid link), or null if the run was over before it was seen. */
  namespace: string | null;
  /** Most processes seen in that namespace at once. */
  peakProcesses: number;
  /** Host pids still alive after the run: in its namespace, or carrying its environment marker. */
  survivors: number[];
}

/** pid 1 of a sandbox's pid namespace, by host pid and start time (pids are reused). */
interface Init {
  pid: number;
  startTime: string;
  namespace: string;
}

const MARKER = "LOOPWISE_WATCH";
const SAMPLE_MS = 10;
const own = readlinkSync("/proc/self/ns/pid");

function readOr(read: () => string): string | undefined {
  try {
    return read();
  } catch {
    // The process is gone, or not ours to read: nothing to learn from it.
    return undefined;
  }
}

const hostPids = () => readdirSync("/proc").filter((name) => /^\d+$/.test(name));

/** The fields of /proc/<pid>/stat after the command name: [0] the state, [19] the start time. */
const statOf = (pid: number | string) => {
  const stat = readOr(() => readFileSync(`/proc/${pid}/stat`, "utf8"));
  return stat?.slice(stat.lastIndexOf(")") + 2).split(" ");
};

/** A zombie has exited and holds nothing but its pid until its parent (here the host's init) reaps it. */
const alive = (pid: number | string) => {
  const state = statOf(pid)?.[0];
  return state !== undefined && state !== "Z";
};

export function pidsInNamespace(namespace: string): number[] {
  return hostPids()
    .filter((pid) => readOr(() => readlinkSync(`/proc/${pid}/ns/pid`)) === namespace && alive(pid))
    .map(Number);
}

function pidsWithMarker(marker: string): number[] {
  return hostPids()
    .filter((pid) => readOr(() => readFileSync(`/proc/${pid}/environ`, "latin1"))?.includes(marker) && alive(pid))
    .map(Number);
}

/** The first process below `outerPid` in another pid namespace: the sandbox's pid 1. */
function sandboxInit(outerPid: number): Init | null {
  for (const pid of processTree(outerPid)) {
    const namespace = readOr(() => readlinkSync(`/proc/${pid}/ns/pid`));
    const startTime = statOf(pid)?.[19];
    if (namespace !== undefined && namespace !== own && startTime !== undefined) return { pid, startTime, namespace };
  }
  return null;
}

/** The pid namespace bubblewrap made below `outerPid`, once it exists. */
export const sandboxNamespace = (outerPid: number) => sandboxInit(outerPid)?.namespace ?? null;

/**
 * What is left of the namespace. Its pid 1 exits last, after every other process in it; once pid 1
 * is gone or a zombie, the namespace is empty, and its inode number may already belong to another
 * sandbox (they are reused), so it is not scanned.
 */
function leftIn(init: Init): number[] {
  const stat = statOf(init.pid);
  const initAlive = stat !== undefined && stat[0] !== "Z" && stat[19] === init.startTime;
  return initAlive ? pidsInNamespace(init.namespace) : [];
}

export async function runWatched(spec: SandboxSpec, options?: StartOptions): Promise<WatchedRun> {
  const marker = randomUUID();
  const { stdin, ...start } = spec;
  const sandbox = startSandbox({ ...start, env: { ...start.env, [MARKER]: marker } }, options);
  let init: Init | null = null;
  let peakProcesses = 0;
  const sample = () => {
    if (init === null && sandbox.pid !== undefined) init = sandboxInit(sandbox.pid);
    if (init !== null) peakProcesses = Math.max(peakProcesses, pidsInNamespace(init.namespace).length);
  };
  sample();
  const sampler = setInterval(sample, SAMPLE_MS);
  try {
    const outcome = await sandbox.run(stdin ?? "");
    clearInterval(sampler);
    // Assigned in the sampler: TypeScript cannot see that, and would narrow it to null.
    const seen = init as Init | null;
    const survivors = [...new Set([...(seen === null ? [] : leftIn(seen)), ...pidsWithMarker(`${MARKER}=${marker}`)])];
    return { outcome, namespace: seen?.namespace ?? null, peakProcesses, survivors };
  } finally {
    clearInterval(sampler);
  }
}

/** Runs one hostile program and checks what every such run must leave behind: nothing. */
export async function runContained(spec: SandboxSpec, options?: StartOptions): Promise<WatchedRun> {
  const run = await runWatched(spec, options);
  if (run.survivors.length > 0) throw new Error(`processes outlived the run: ${describe(run.survivors)}`);
  // The host still starts processes (a fork bomb that exhausted pids would make this fail).
  const probe = spawnSync("/usr/bin/true");
  if (probe.status !== 0) throw new Error(`the host cannot start a process: ${probe.error?.message}`);
  return run;
}

const describe = (pids: number[]) =>
  pids
    .map((pid) => `${pid} (${readOr(() => readFileSync(`/proc/${pid}/cmdline`, "latin1").replaceAll("\0", " "))})`)
    .join(", ");
