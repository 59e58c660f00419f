import { constants } from "node:os";
import type { SandboxOutcome } from "./sandbox-types.js";

/**
 * Why a process ended without reporting: from the sandbox's outcome (who killed it, the signal, or
 * bubblewrap's 128 + signal exit code) and what the runtime printed when it ran out of memory.
 */

export type Death = { verdict: "time_limit" | "memory_limit" | "runtime_error" | "output_limit"; message: string };

const TIMERS = new Set(["SIGXCPU", "SIGPROF", "SIGALRM", "SIGVTALRM"]);
const OUT_OF_MEMORY =
  /JavaScript heap out of memory|MemoryError|std::bad_alloc|Cannot allocate memory|OutOfMemoryError|memory allocation of \d+ bytes failed|fatal error: (?:runtime: )?out of memory/;
const MEANING: Record<string, string> = {
  SIGSEGV: "Segmentation fault (a stack overflow or an invalid memory access)",
  SIGABRT: "Aborted",
  SIGFPE: "Floating point exception (a division by zero?)",
  SIGBUS: "Bus error",
  SIGKILL: "Killed",
};

const signalName = (number: number) =>
  Object.entries(constants.signals).find(([, value]) => value === number)?.[0] ?? `signal ${number}`;

/** The signal that ended the process: reported directly, or as bubblewrap's exit code 128 + n. */
export function endingSignal(outcome: SandboxOutcome): string | null {
  if (outcome.signal !== null) return outcome.signal;
  if (outcome.exitCode !== null && outcome.exitCode > 128 && outcome.exitCode < 128 + 65) {
    return signalName(outcome.exitCode - 128);
  }
  return null;
}

export function memoryDeath(memoryMb: number): Death {
  return { verdict: "memory_limit", message: `the run needed more than its ${memoryMb} MB of memory` };
}

export function classifyDeath(outcome: SandboxOutcome, memoryMb: number): Death {
  if (outcome.killed === "output") return { verdict: "output_limit", message: "the output passed 64 KB" };
  const signal = endingSignal(outcome);
  if (outcome.killed === "wall" || outcome.killed === "cpu" || (signal !== null && TIMERS.has(signal))) {
    return { verdict: "time_limit", message: "the run took longer than its time limit" };
  }
  if (OUT_OF_MEMORY.test(outcome.stderr)) return memoryDeath(memoryMb);
  if (signal !== null) return { verdict: "runtime_error", message: MEANING[signal] ?? `Killed by ${signal}` };
  return { verdict: "runtime_error", message: `the program ended with exit code ${outcome.exitCode ?? "unknown"}` };
}
