import type { SandboxLimits } from "./sandbox-types.js";
import { COMPILE_BUDGET, runLimits } from "./languages-limits.js";

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

/** prlimit for the program itself, under the compiler's looser limits: its memory and stack. */
export function programLimits(memoryMb: number, cpuMs: number): string {
  const bytes = memoryMb * 1024 * 1024;
  return `/usr/bin/prlimit --as=${bytes} --stack=${bytes} --cpu=${Math.ceil(cpuMs / 1000)}`;
}
