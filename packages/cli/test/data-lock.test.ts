import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataFolderBusy, lockDataFolder } from "../src/data-lock.js";

describe("lockDataFolder", () => {
  const homes: string[] = [];
  const releases: (() => Promise<void>)[] = [];
  const newHome = () => {
    const home = mkdtempSync(join(tmpdir(), "loopwise-lock-"));
    homes.push(home);
    return home;
  };
  afterEach(async () => {
    for (const release of releases.splice(0)) await release().catch(() => undefined);
    for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
  });

  it("creates the folder and holds it until released", async () => {
    const home = join(newHome(), "nested", "home");
    const release = await lockDataFolder(home);
    expect(existsSync(join(home, "loopwise.lock"))).toBe(true);
    await release();
    expect(existsSync(join(home, "loopwise.lock"))).toBe(false);
  });

  it("refuses a second lock with a clear message, and allows one after release", async () => {
    const home = newHome();
    const release = await lockDataFolder(home);
    releases.push(release);
    const second = lockDataFolder(home);
    await expect(second).rejects.toBeInstanceOf(DataFolderBusy);
    await expect(lockDataFolder(home)).rejects.toThrow(
      `Another Loopwise is already running on ${home} (process ${process.pid}).`,
    );
    await expect(lockDataFolder(home)).rejects.toThrow(/LOOPWISE_HOME/);
    await release();
    releases.pop();
    releases.push(await lockDataFolder(home));
  });

  it("refuses a lock held by another process", async () => {
    const home = newHome();
    const lockModule = new URL("../src/data-lock.ts", import.meta.url).pathname;
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        `const { lockDataFolder } = await import(${JSON.stringify(lockModule)});
         await lockDataFolder(${JSON.stringify(home)});
         console.log("locked");
         process.stdin.on("data", () => process.exit(0));`,
      ],
      { stdio: ["pipe", "pipe", "inherit"] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
        child.once("exit", (code) => reject(new Error(`the child exited (${code}) before locking`)));
      });
      await expect(lockDataFolder(home)).rejects.toThrow(`(process ${child.pid})`);
    } finally {
      child.stdin.write("stop\n");
      await new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve(null)));
    }
  });

  it("takes over a lock a crashed process left behind", async () => {
    const home = newHome();
    const lock = join(home, "loopwise.lock");
    mkdirSync(lock);
    const aMinuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, aMinuteAgo, aMinuteAgo);
    releases.push(await lockDataFolder(home));
  });
});
