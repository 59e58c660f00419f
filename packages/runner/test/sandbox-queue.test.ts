import { describe, expect, it } from "vitest";
import { QueueFull, RunQueue, runSandboxed } from "../src/sandbox.js";
import { pythonSpec } from "./support/sandbox-programs.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("RunQueue", () => {
  it("never runs more jobs at once than its concurrency", async () => {
    const queue = new RunQueue({ concurrency: 3, maxWaiting: 50 });
    let active = 0;
    let peak = 0;
    const job = async () => {
      active += 1;
      peak = Math.max(peak, active);
      await sleep(5);
      active -= 1;
    };
    await Promise.all(Array.from({ length: 40 }, () => queue.run(job)));
    expect(peak).toBe(3);
    expect(queue).toMatchObject({ running: 0, queued: 0 });
  });

  it("defaults to one job per core and twice that many waiting", () => {
    const queue = new RunQueue();
    expect(queue.concurrency).toBeGreaterThanOrEqual(1);
    expect(queue.maxWaiting).toBe(2 * queue.concurrency);
  });

  it("rejects at once when full, with a Retry-After from recent durations", async () => {
    const queue = new RunQueue({ concurrency: 1, maxWaiting: 1 });
    await queue.run(() => sleep(1_500));
    let release = () => {};
    const blocker = queue.run(() => new Promise<void>((resolve) => (release = resolve)));
    const waiting = queue.run(async () => "waited");
    const refused = queue.run(async () => "never");
    const error = await refused.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(QueueFull);
    // One running and one waiting ahead, one at a time, a little over 1.5 s each: 3 s, rounded up.
    expect((error as QueueFull).retryAfterSeconds).toBeGreaterThanOrEqual(3);
    expect((error as QueueFull).retryAfterSeconds).toBeLessThanOrEqual(4);
    release();
    await blocker;
    expect(await waiting).toBe("waited");
  });

  it("a failing job frees its slot and rejects only its own caller", async () => {
    const queue = new RunQueue({ concurrency: 1, maxWaiting: 5 });
    const failing = queue.run(async () => {
      throw new Error("the job failed");
    });
    const next = queue.run(async () => "next");
    await expect(failing).rejects.toThrow("the job failed");
    expect(await next).toBe("next");
  });

  it("100 concurrent sandboxed submissions: every one settles, the refused ones explicitly", async () => {
    const queue = new RunQueue({ concurrency: 2 });
    const submissions = Array.from({ length: 100 }, (_, index) =>
      queue.run(() => runSandboxed({ ...pythonSpec("import sys\nprint(sys.stdin.read())"), stdin: String(index) })),
    );
    const results = await Promise.allSettled(submissions);
    const done = results.filter((result) => result.status === "fulfilled");
    const refused = results.filter((result) => result.status === "rejected");
    // 2 running and 4 waiting were accepted at once; the other 94 were told to retry.
    expect(done).toHaveLength(6);
    for (const result of done) expect(result.value.exitCode).toBe(0);
    expect(refused).toHaveLength(94);
    for (const result of refused) {
      expect(result.reason).toBeInstanceOf(QueueFull);
      expect((result.reason as QueueFull).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
    expect(queue).toMatchObject({ running: 0, queued: 0 });
  });
});
