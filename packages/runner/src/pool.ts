import type { StartedSandbox } from "./sandbox-process.js";

/**
 * Pre-started, single-use sandboxes per key (a language and its limits): an interpreter and its
 * harness load while nobody waits, and a job takes one that is already waiting for its stdin.
 * A taken sandbox is never handed out again; the pool starts its replacement once the taken one's
 * run has ended, not while it runs: a start blocks the event loop for milliseconds and competes for
 * the CPU with the run it replaces (measured: a warm hello world took 21 ms with the refill beside
 * it, 8 ms alone).
 */

export interface SandboxPoolOptions {
  /** Starts one sandbox for a key; sandboxes of one key must be interchangeable. */
  factory: (key: string) => StartedSandbox;
  /** Warm sandboxes kept per key (default 1). */
  size?: number;
}

export class SandboxPool {
  private readonly ready = new Map<string, StartedSandbox[]>();
  private readonly refills = new Set<string>();
  private readonly size: number;
  private closed = false;
  /** Takes served by a warm sandbox, and those that had to start one. */
  hits = 0;
  misses = 0;

  constructor(private readonly options: SandboxPoolOptions) {
    this.size = options.size ?? 1;
  }

  /** Fills the key's warm set now (a factory error is thrown to the caller). */
  prestart(key: string): void {
    if (this.closed) return;
    const list = this.usable(key);
    while (list.length < this.size) list.push(this.options.factory(key));
  }

  /** A warm sandbox for `key`, or a fresh one when none is ready; the key refills after its run. */
  take(key: string): StartedSandbox {
    if (this.closed) throw new Error("the sandbox pool is closed");
    const warm = this.usable(key).shift();
    if (warm !== undefined) this.hits += 1;
    else this.misses += 1;
    return this.refillingAfter(key, warm ?? this.options.factory(key));
  }

  /** How many warm sandboxes wait for `key` right now. */
  warmCount(key: string): number {
    return this.usable(key).length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const list of this.ready.values()) for (const sandbox of list) sandbox.dispose();
    this.ready.clear();
  }

  /** The key's list without sandboxes that died while waiting (they are disposed). */
  private usable(key: string): StartedSandbox[] {
    const list = (this.ready.get(key) ?? []).filter((sandbox) => sandbox.usable || (sandbox.dispose(), false));
    this.ready.set(key, list);
    return list;
  }

  /** The sandbox, which refills its key once its run settles (or it is disposed unrun). */
  private refillingAfter(key: string, sandbox: StartedSandbox): StartedSandbox {
    const refill = () => this.refillSoon(key);
    return {
      run: (stdin) => sandbox.run(stdin).finally(refill),
      dispose() {
        sandbox.dispose();
        refill();
      },
      get usable() {
        return sandbox.usable;
      },
      get pid() {
        return sandbox.pid;
      },
    };
  }

  /** On the next turn of the event loop, after whatever the caller does with its answer. */
  private refillSoon(key: string): void {
    if (this.refills.has(key)) return;
    this.refills.add(key);
    setImmediate(() => {
      this.refills.delete(key);
      try {
        this.prestart(key);
      } catch (error) {
        // The next take starts its own sandbox and reports the same error to its caller.
        console.warn(`could not refill the sandbox pool for ${key}:`, error);
      }
    });
  }
}
