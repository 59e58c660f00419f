import type { SandboxLimits } from "./sandbox-types.js";

/**
 * The rlimits every sandboxed process gets, as a `prlimit` command line that execs the program.
 * prlimit runs inside the sandbox, after bubblewrap has set up: bubblewrap itself must fork freely
 * and map memory before the limits start to count.
 */

export const PRLIMIT = "/usr/bin/prlimit";

/** Headroom over the caller's memory for Node's RLIMIT_DATA: its heap flag should trip first, with a clear message. */
const NODE_DATA_HEADROOM_MB = 256;

const MB = 1024 * 1024;

/**
 * RLIMIT_CPU in whole seconds: `cpuMs` rounded up, plus one. The watchdog (sandbox-cpu.ts) is the
 * primary CPU limit: it sums the whole process tree and stops the sandbox at the exact budget, so
 * the outcome says "cpu". RLIMIT_CPU is per process and only a backstop; at the same second it
 * would win the race against the watchdog's 50 ms sampling, and a compiler killed that way looks
 * like a compiler crash (measured: g++ reported "internal compiler error: CPU time limit exceeded"
 * and exit 4 for a template bomb under an 8 s budget).
 */
export function cpuSeconds(cpuMs: number): number {
  return Math.max(1, Math.ceil(cpuMs / 1000)) + 1;
}

export function prlimitArgs(limits: SandboxLimits): string[] {
  const cpu = cpuSeconds(limits.cpuMs);
  const memory = limits.addressSpace
    ? `--as=${limits.memoryMb * MB}`
    : // V8 reserves gigabytes of address space it never touches, so RLIMIT_AS would stop Node from
      // starting; RLIMIT_DATA counts only writable private memory (measured: Node starts under 100 MB,
      // and Buffer.alloc past the limit fails with "Array buffer allocation failed" instead of eating
      // the host). The heap itself is capped by --max-old-space-size from the caller.
      `--data=${(limits.memoryMb + NODE_DATA_HEADROOM_MB) * MB}`;
  return [
    PRLIMIT,
    // soft then hard: SIGXCPU at the soft limit, SIGKILL a second later if the program catches it.
    `--cpu=${cpu}:${cpu + 1}`,
    memory,
    `--nproc=${limits.processes}`,
    `--fsize=${limits.fileSizeKb * 1024}`,
    `--nofile=${limits.openFiles}`,
    // No core files: a crash must not write (or pipe) a dump of the process anywhere.
    "--core=0",
    "--",
  ];
}
