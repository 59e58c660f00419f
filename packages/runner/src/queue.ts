import { availableParallelism } from "node:os";

/**
 * At most `concurrency` runs at once (one per core: runs are CPU-bound) and a short bounded line
 * behind them. A full line answers at once with QueueFull, so a caller under load gets a 429 and a
 * Retry-After instead of a request that hangs.
 */

export class QueueFull extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`too many code runs at once: retry in ${retryAfterSeconds} s`);
    this.name = "QueueFull";
  }
}

export interface RunQueueOptions {
  concurrency?: number;
  /**
   * Default 2 × concurrency: a waiting run starts within about two run durations, a few seconds at
   * worst for typical submissions and well inside an HTTP client's patience; a longer line only
   * turns "retry later" into timeouts, and each waiting request still holds its source in memory.
   */
  maxWaiting?: number;
}

/** Recent run durations kept for the Retry-After estimate. */
const RECENT = 20;
/** The guess before any run has finished. */
const DEFAULT_RUN_MS = 1_000;

export class RunQueue {
  readonly concurrency: number;
  readonly maxWaiting: number;
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly recentMs: number[] = [];

  constructor(options: RunQueueOptions = {}) {
    this.concurrency = Math.max(1, options.concurrency ?? availableParallelism());
    this.maxWaiting = Math.max(0, options.maxWaiting ?? 2 * this.concurrency);
  }

  get running(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `job` when a slot frees; rejects at once with QueueFull when the line is full. */
  run<T>(job: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency && this.waiting.length >= this.maxWaiting) {
      return Promise.reject(new QueueFull(this.retryAfterSeconds()));
    }
    return new Promise<T>((resolve, reject) => {
      const start = async () => {
        this.active += 1;
        const began = performance.now();
        // The slot is free again before the caller hears back, so a caller may submit at once.
        try {
          const value = await job();
          this.finish(began);
          resolve(value);
        } catch (error) {
          this.finish(began);
          reject(error);
        }
      };
      if (this.active < this.concurrency) void start();
      else this.waiting.push(() => void start());
    });
  }

  /** When a slot is likely free: the line ahead, in rounds of `concurrency` recent-average runs. */
  retryAfterSeconds(): number {
    const average =
      this.recentMs.length === 0 ? DEFAULT_RUN_MS : this.recentMs.reduce((a, b) => a + b, 0) / this.recentMs.length;
    const rounds = Math.ceil((this.waiting.length + 1) / this.concurrency);
    return Math.max(1, Math.ceil((rounds * average) / 1000));
  }

  private finish(began: number): void {
    this.recentMs.push(performance.now() - began);
    if (this.recentMs.length > RECENT) this.recentMs.shift();
    this.active -= 1;
    this.waiting.shift()?.();
  }
}
