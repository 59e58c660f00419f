import type { Job } from "./harness/job.js";
import { COMPILE_BUDGET, runLimits, wallLimitFor } from "./languages-limits.js";
import { PRLIMIT } from "./sandbox-limits.js";
import type { SandboxLimits } from "./sandbox-types.js";

/**
 * What compiled languages share: one sandbox compiles, says so on fd 3 ({"t":"compiled"}), then
 * becomes the program. Diagnostics go to a file first, so a flood of them is cut to a readable
 * size instead of tripping the output limit.
 */

const DIAGNOSTIC_BYTES = 30_000;

/** The shell script for `/bin/sh -c`: `compile` (its stderr kept as diagnostics), then `exec run`. */
export function compileThenRun(compile: string, run: string): string {
  return [
    `${compile} 2>/tmp/diagnostics || { head -c ${DIAGNOSTIC_BYTES} /tmp/diagnostics >&2; exit 97; }`,
    `printf '{"t":"compiled"}\\n' >&3`,
    `exec ${run}`,
  ].join("\n");
}

/** A run's limits with the compiler's budget added (CPU, wall) and room for its files. */
export function compiledLimits(
  mode: "cases" | "script",
  memoryMb: number,
  overrides: Partial<SandboxLimits>,
): SandboxLimits {
  const base = runLimits(mode, memoryMb);
  return {
    ...base,
    cpuMs: base.cpuMs + COMPILE_BUDGET.cpuMs,
    wallMs: base.wallMs + COMPILE_BUDGET.wallMs,
    fileSizeKb: 64 * 1024,
    ...overrides,
  };
}

/**
 * prlimit for the program itself, under the compiler's looser limits: its address space and stack,
 * or (`data`) only what it writes, for a runtime that reserves far more address space than it uses.
 */
export function programLimits(memoryMb: number, cpuMs: number, memory: "as" | "data" = "as"): string {
  const bytes = memoryMb * 1024 * 1024;
  const cap = memory === "as" ? `--as=${bytes} --stack=${bytes}` : `--data=${bytes}`;
  return `${PRLIMIT} ${cap} --cpu=${Math.ceil(cpuMs / 1000)}`;
}

/**
 * What a compiled program reads on stdin: for cases, [a case's CPU limit, its wall backstop, the
 * cases, the memory limit in MB] (the harnesses read what they use); for a plain run, the input.
 */
export function compiledStdin(job: Job): string {
  if (job.mode === "script") return job.stdin ?? "";
  return JSON.stringify([job.timeLimitMs, wallLimitFor(job.timeLimitMs), job.cases ?? [], job.memoryMb]);
}
