import { afterEach, describe, expect, it } from "vitest";
import { SandboxPool, startSandbox } from "../src/sandbox.js";
import type { StartedSandbox } from "../src/sandbox.js";
import { ECHO, pythonSpec } from "./support/sandbox-programs.js";

/** Real sandboxes: a Python program that waits for its stdin, as a language harness does. */
const started: StartedSandbox[] = [];
const factory = (key: string) => {
  const sandbox = startSandbox(pythonSpec(key === "dies" ? "print('gone')" : ECHO));
  started.push(sandbox);
  return sandbox;
};
let pool: SandboxPool;

const settled = () => new Promise((resolve) => setImmediate(resolve));
const waitFor = async (condition: () => boolean) => {
  const deadline = Date.now() + 5_000;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
};

afterEach(async () => {
  await pool.close();
  for (const sandbox of started.splice(0)) sandbox.dispose();
});

describe("SandboxPool", () => {
  it("hands out a warm sandbox and starts its replacement once its run is over", async () => {
    pool = new SandboxPool({ factory, size: 2 });
    pool.prestart("python");
    expect(pool.warmCount("python")).toBe(2);
    const sandbox = pool.take("python");
    expect(pool).toMatchObject({ hits: 1, misses: 0 });
    expect(pool.warmCount("python")).toBe(1);
    await settled();
    // Nothing starts beside a run.
    expect(pool.warmCount("python")).toBe(1);
    expect(await sandbox.run("warm")).toMatchObject({ stdout: "WARM\n", exitCode: 0 });
    await settled();
    expect(pool.warmCount("python")).toBe(2);
  });

  it("starts one when none is warm, and fills the key for next time", async () => {
    pool = new SandboxPool({ factory });
    const sandbox = pool.take("python");
    expect(pool).toMatchObject({ hits: 0, misses: 1 });
    expect((await sandbox.run("cold")).stdout).toBe("COLD\n");
    await settled();
    expect(pool.warmCount("python")).toBe(1);
  });

  it("refills a key whose taken sandbox is disposed without running", async () => {
    pool = new SandboxPool({ factory, size: 1 });
    pool.prestart("python");
    pool.take("python").dispose();
    await settled();
    expect(pool.warmCount("python")).toBe(1);
  });

  it("never hands out the same sandbox twice", async () => {
    pool = new SandboxPool({ factory, size: 1 });
    pool.prestart("python");
    const first = pool.take("python");
    await settled();
    const second = pool.take("python");
    expect(second).not.toBe(first);
    await first.run("one");
    expect(first.usable).toBe(false);
    await expect(first.run("again")).rejects.toThrow(/runs once/);
    expect((await second.run("two")).stdout).toBe("TWO\n");
  });

  it("drops a warm sandbox that died while it waited", async () => {
    pool = new SandboxPool({ factory, size: 1 });
    pool.prestart("dies");
    const dead = started[0]!;
    await waitFor(() => !dead.usable);
    expect(pool.warmCount("dies")).toBe(0);
    const sandbox = pool.take("dies");
    expect(sandbox).not.toBe(dead);
    expect(pool.misses).toBe(1);
  });

  it("close disposes every warm sandbox and refuses to hand out more", async () => {
    pool = new SandboxPool({ factory, size: 2 });
    pool.prestart("python");
    pool.prestart("other");
    await pool.close();
    expect(started).toHaveLength(4);
    for (const sandbox of started) expect(sandbox.usable).toBe(false);
    expect(() => pool.take("python")).toThrow(/closed/);
  });
});
