import type { SandboxLimits } from "./sandbox-types.js";

/**
 * The limits every run gets. A warm sandbox starts before its job is known, so these depend only on
 * the mode and the memory limit; the harness enforces each case's own time limit inside.
 */

/** stdout and stderr each, as the issue asks; past it the run is cut and ends as output_limit. */
export const OUTPUT_BYTES = 64 * 1024;

/** A plain run (no problem): the whole program. */
export const SCRIPT_BUDGET = { cpuMs: 5_000, wallMs: 10_000 } as const;
/** Every case of a submission together: a backstop, since each case has its own limit. */
export const CASES_BUDGET = { cpuMs: 20_000, wallMs: 30_000 } as const;
/** Compiling, for compiled languages, on top of the run's budget (g++ takes ~3 s of CPU with bits/stdc++.h). */
export const COMPILE_BUDGET = { cpuMs: 20_000, wallMs: 30_000 } as const;
/** Memory for a plain run, where no problem sets it. */
export const SCRIPT_MEMORY_MB = 256;

/**
 * A case's wall-clock backstop: the limit itself is CPU time (fair on a busy machine); wall time
 * only catches a solution that sleeps or waits, so it is generous.
 */
export function wallLimitFor(timeLimitMs: number): number {
  return 3 * timeLimitMs + 5_000;
}

export function runLimits(
  mode: "cases" | "script",
  memoryMb: number,
  overrides: Partial<SandboxLimits> = {},
): SandboxLimits {
  const budget = mode === "script" ? SCRIPT_BUDGET : CASES_BUDGET;
  return {
    cpuMs: budget.cpuMs,
    wallMs: budget.wallMs,
    memoryMb,
    addressSpace: true,
    processes: 16,
    fileSizeKb: 8 * 1024,
    openFiles: 64,
    outputBytes: OUTPUT_BYTES,
    tmpMb: 16,
    ...overrides,
  };
}
