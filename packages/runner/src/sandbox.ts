/**
 * The sandbox API: one process per run under bubblewrap (or limits only, in local mode without
 * it), the warm pool, and the run queue. See sandbox-bwrap.ts for what a program sees inside.
 */
export { runSandboxed, startSandbox } from "./sandbox-start.js";
export type { Isolation, StartOptions } from "./sandbox-start.js";
export type { StartedSandbox } from "./sandbox-process.js";
export { isolationFor, sandboxSupport, SandboxUnavailable } from "./sandbox-support.js";
export type { SandboxSupport } from "./sandbox-support.js";
export { SandboxPool } from "./pool.js";
export type { SandboxPoolOptions } from "./pool.js";
export { QueueFull, RunQueue } from "./queue.js";
export { holdSpawner } from "./sandbox-spawner.js";
export type { RunQueueOptions } from "./queue.js";
export type { SandboxLimits, SandboxOutcome, SandboxSpec } from "./sandbox-types.js";
