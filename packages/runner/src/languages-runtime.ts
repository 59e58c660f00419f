import type { Language } from "@loopwise/domain";
import type { Job } from "./harness/job.js";
import type { SandboxSpec } from "./sandbox-types.js";

export type StartSpec = Omit<SandboxSpec, "stdin">;

/** How one job runs: the sandbox, and what its stdin gets. */
export interface RunPlan {
  /** Pooled sandboxes with the same key are interchangeable: their spec depends on the key alone. */
  key: string;
  spec: StartSpec;
  stdin: string;
}

/** One language: how to find its toolchain and how a job runs in it. */
export interface LanguageRuntime {
  id: Language;
  name: string;
  /** The file name the user's code has in errors and diagnostics. */
  sourceName: string;
  /** true: a run's sandbox starts before its job arrives (interpreters waiting in the warm pool). */
  pooled: boolean;
  /** The toolchain's version ("Python 3.11.2"); throws when it is not on this machine. */
  detect(): Promise<string>;
  plan(job: Job): RunPlan;
  /** Work worth doing before the first run (C++: its precompiled header). */
  warmUp?(): void;
  /** Compiled languages: the sandbox compiles, then writes {"t":"compiled"} on fd 3 before running. */
  compiled?: { diagnostics(stderr: string): string };
}
