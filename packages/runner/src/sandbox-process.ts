import type { Readable } from "node:stream";
import { treeCpuMs } from "./sandbox-cpu.js";
import { SandboxInit } from "./sandbox-init.js";
import { CappedOutput, cutNotice } from "./sandbox-output.js";
import type { SandboxChild } from "./sandbox-spawner.js";
import { spawnRemote } from "./sandbox-spawner.js";
import type { SandboxLimits, SandboxOutcome } from "./sandbox-types.js";

/** A sandbox started ahead of its job; it runs once, then it is gone. */
export interface StartedSandbox {
  /** Writes stdin, closes it, and resolves when the process has exited (wall time counts from here). */
  run(stdin: string): Promise<SandboxOutcome>;
  /** Kills it (if still running) and removes its files; safe to call at any time, more than once. */
  dispose(): void;
  /** false once it has exited, was disposed or has run: a pool must not hand it out. */
  readonly usable: boolean;
  /** The host pid of its outermost process, for monitoring; undefined until the spawner has reported it, or if it could not start. */
  readonly pid: number | undefined;
}

export interface HostCommand {
  file: string;
  args: string[];
  env: Record<string, string>;
  cwd?: string;
  /** Host files opened read-only as the child's fd 4, 5, ... (the seccomp filter). */
  passFiles?: string[];
  /** A pipe after the passed fds where bubblewrap reports the sandbox's pid 1 (--info-fd). */
  infoPipe?: boolean;
}

/** How often the watchdog sums the sandbox's CPU time. */
const CPU_POLL_MS = 50;
/**
 * Past the wall limit, the most a run waits for its process to exit, whatever it does; then at
 * most as long again for its pid namespace to empty (SandboxInit), and again for its pipes.
 */
export const SETTLE_GRACE_MS = 2_000;
/** The harness's results channel (fd 3) is not user output, but still bounded. */
const RESULTS_BYTES = 16 * 1024 * 1024;
/** bubblewrap reports a program killed by signal n as exit code 128 + n; SIGXCPU is 24. */
const SIGXCPU_EXIT = 128 + 24;

/** Resolves when `promise` does, or after `ms`; its timer never outlives it (nor holds a CLI open). */
async function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

export class SandboxProcess implements StartedSandbox {
  private readonly child: SandboxChild;
  private readonly stdout: CappedOutput;
  private readonly stderr: CappedOutput;
  private readonly results: CappedOutput;
  private readonly init: SandboxInit | undefined;
  private readonly exited: Promise<void>;
  private exit: { code: number | null; signal: string | null } | null = null;
  private spawnError: string | null = null;
  private killed: SandboxOutcome["killed"] = null;
  private ran = false;
  private disposed = false;

  constructor(
    command: HostCommand,
    private readonly limits: SandboxLimits,
    private readonly cleanup: () => void,
  ) {
    const passFiles = command.passFiles ?? [];
    // In its own process group, so a kill reaches every host-side process of the sandbox at once.
    this.child = spawnRemote({
      file: command.file,
      args: command.args,
      env: command.env,
      cwd: command.cwd,
      passFiles,
      infoPipe: command.infoPipe ?? false,
      // One byte past a limit is enough to see the overflow.
      caps: { 1: limits.outputBytes + 1, 2: limits.outputBytes + 1, 3: RESULTS_BYTES + 1 },
    });
    const overflow = () => this.kill("output");
    // All four are pipes (stdio "pipe"), never null.
    this.stdout = new CappedOutput(this.child.stdio[1] as Readable, limits.outputBytes, overflow);
    this.stderr = new CappedOutput(this.child.stdio[2] as Readable, limits.outputBytes, overflow);
    this.results = new CappedOutput(this.child.stdio[3] as Readable, RESULTS_BYTES, overflow);
    const info = command.infoPipe ? (this.child.stdio[4 + passFiles.length] as Readable) : undefined;
    this.init = info === undefined ? undefined : new SandboxInit(info);
    // The program may exit (or never read) before its stdin is written: EPIPE is not an error here.
    this.child.stdin!.on("error", () => undefined);
    this.exited = new Promise((resolve) => {
      // The spawner has already killed what was left in its process group when it saw the exit:
      // a limits-only program's children, or a bubblewrap pid 1 whose parent died during setup.
      this.child.once("exit", (code, signal) => {
        this.exit = { code, signal };
        resolve();
      });
      this.child.once("error", (error) => {
        this.spawnError = error.message;
        resolve();
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get usable(): boolean {
    return !this.ran && !this.disposed && this.exit === null && this.spawnError === null;
  }

  async run(stdin: string): Promise<SandboxOutcome> {
    if (this.ran) throw new Error("a sandbox runs once");
    if (this.disposed) throw new Error("the sandbox was disposed");
    this.ran = true;
    const started = performance.now();
    this.child.stdin!.end(stdin);
    const wall = setTimeout(() => this.kill("wall"), this.limits.wallMs);
    const cpu = setInterval(() => {
      const pid = this.child.pid;
      if (pid !== undefined && treeCpuMs(pid) >= this.limits.cpuMs) this.kill("cpu");
    }, CPU_POLL_MS);
    let settle: NodeJS.Timeout | undefined;
    // The guarantee: whatever happens to the process or its pipes, the run settles.
    const deadline = new Promise<void>((resolve) => {
      settle = setTimeout(() => {
        this.kill("wall");
        resolve();
      }, this.limits.wallMs + SETTLE_GRACE_MS);
    });
    try {
      await Promise.race([this.exited, deadline]);
      const wallMs = Math.round(performance.now() - started);
      await this.init?.gone(SETTLE_GRACE_MS);
      // Every writer is gone, so the pipes end; on a busy machine that may take a while to be read
      // (measured: a cut-off of 250 ms lost a whole stdout under load).
      await within(Promise.all([this.stdout.ended, this.stderr.ended, this.results.ended]), SETTLE_GRACE_MS);
      return this.outcome(wallMs);
    } finally {
      clearTimeout(wall);
      clearInterval(cpu);
      clearTimeout(settle);
      this.dispose();
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.exit === null) this.signalAll();
    // Pipes held open by a stray process must not keep the event loop (or a caller) waiting.
    for (const stream of this.child.stdio) stream?.destroy();
    this.cleanup();
  }

  private kill(reason: NonNullable<SandboxOutcome["killed"]>): void {
    this.killed ??= reason;
    if (this.exit === null) this.signalAll();
  }

  /**
   * SIGKILL to the outer process and its group; a pid namespace dies with its bubblewrap, and all
   * inside. A group id stays taken while any member lives, so this cannot reach a stranger's group.
   * The spawner does the same on kill(), also for a process whose pid has not reached us yet.
   */
  private signalAll(): void {
    const pid = this.child.pid;
    if (pid !== undefined) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // The group is already gone.
      }
    }
    this.child.kill("SIGKILL");
  }

  private outcome(wallMs: number): SandboxOutcome {
    const notice = cutNotice(this.limits.outputBytes);
    const exit = this.exit ?? { code: null, signal: null };
    const cpuSignal = exit.signal === "SIGXCPU" || exit.code === SIGXCPU_EXIT;
    const stderr = this.stderr.text(notice);
    return {
      exitCode: exit.code,
      signal: exit.signal,
      stdout: this.stdout.text(notice),
      stderr: this.spawnError === null ? stderr : `${stderr}could not start the sandbox: ${this.spawnError}\n`,
      results: this.results.truncated ? "" : this.results.text(""),
      wallMs,
      killed: this.killed ?? (cpuSignal ? "cpu" : null),
      outputTruncated: this.stdout.truncated || this.stderr.truncated || this.results.truncated,
    };
  }
}
