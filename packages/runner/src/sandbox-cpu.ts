import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU time used by a process and everything below it, read from the host's /proc (the host's view
 * of its own children: never a path the sandbox wrote). RLIMIT_CPU counts each process alone and in
 * whole seconds; this sum lets the watchdog stop a sandbox at its exact budget, forks included.
 */

/** Linux reports times in clock ticks; 100 per second on every mainstream kernel (`getconf CLK_TCK`). */
const TICK_MS = 10;

function readOr(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    // The process exited between listing and reading: it has nothing more to add.
    return undefined;
  }
}

/** utime + stime + cutime + cstime: its own time and that of the children it has reaped. */
function processTicks(pid: number): number {
  const stat = readOr(`/proc/${pid}/stat`);
  if (stat === undefined) return 0;
  // The command name (field 2) may hold spaces and parentheses: fields are counted after the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0);
}

function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((task) =>
    (readOr(`/proc/${pid}/task/${task}/children`) ?? "").split(" ").filter(Boolean).map(Number),
  );
}

/** `root` and every process below it that is alive now. */
export function processTree(root: number): number[] {
  const seen = new Set<number>();
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    pending.push(...childrenOf(pid));
  }
  return [...seen];
}

export function treeCpuMs(root: number): number {
  return processTree(root).reduce((ticks, pid) => ticks + processTicks(pid), 0) * TICK_MS;
}
