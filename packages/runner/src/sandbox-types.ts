/**
 * One sandboxed process: what to run and under which limits, and what came out. Implemented by
 * `sandbox.ts` (bubblewrap) and by the limits-only fallback (local mode without bubblewrap).
 */
export interface SandboxLimits {
  /** CPU time of everything in the sandbox (RLIMIT_CPU, rounded up to seconds, plus a watchdog on the measured time). */
  cpuMs: number;
  /** Wall-clock time from start; the watchdog kills the whole sandbox past it. */
  wallMs: number;
  /** Address space (RLIMIT_AS) for native code and Python; Node gets heap flags instead (see `addressSpace`). */
  memoryMb: number;
  /** false for Node: V8 reserves far more address space than it uses, so RLIMIT_AS would kill it. */
  addressSpace: boolean;
  processes: number;
  fileSizeKb: number;
  openFiles: number;
  /** stdout and stderr each; past it the process is killed and the output cut with a notice. */
  outputBytes: number;
  /** The private writable /tmp (tmpfs). */
  tmpMb: number;
}

export interface SandboxSpec {
  /** argv[0] is an absolute path on the host, bound read-only inside. */
  argv: string[];
  /** Read-only files placed under /sandbox inside (the harness, the user's source): name → content. */
  files: Record<string, string | Uint8Array>;
  /**
   * The files are the same for every run of their kind (a harness, no user code): written once and
   * bound by every sandbox that has them, instead of a folder made and removed per start.
   */
  sharedFiles?: boolean;
  /** Host paths bound read-only at the same path inside (toolchains outside /usr, node_modules' esbuild). */
  readOnlyPaths?: string[];
  stdin?: string;
  /** Working directory inside (default /tmp). */
  cwd?: string;
  /** A cleared environment, plus these. */
  env?: Record<string, string>;
  limits: SandboxLimits;
}

export interface SandboxOutcome {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  /** What the process wrote on fd 3: the harness's results channel, apart from the user's prints. */
  results: string;
  wallMs: number;
  /** Why the runner stopped it, if it did. */
  killed: "wall" | "cpu" | "output" | null;
  outputTruncated: boolean;
}
