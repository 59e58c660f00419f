import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createJudge } from "../src/judge.js";
import type { StartedSandbox } from "../src/sandbox.js";
import { startSandbox } from "../src/sandbox.js";
import { processTree } from "../src/sandbox-cpu.js";
import { ECHO, pythonSpec } from "./support/sandbox-programs.js";
import { pidsInNamespace, sandboxNamespace } from "./support/sandbox-watch.js";

/**
 * Sandboxes start from the spawner, a small helper process, not from this (large) one: what that
 * changes is who their parent is, and what happens when the helper goes.
 */

const waitFor = async (condition: () => boolean, ms = 5_000) => {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  return condition();
};

/** The parent pid and command line of a host process. */
function parentOf(pid: number): { ppid: number; command: string } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  return { ppid, command: readFileSync(`/proc/${ppid}/cmdline`, "utf8").replaceAll("\0", " ") };
}

async function spawnerOf(sandbox: StartedSandbox): Promise<number> {
  await waitFor(() => sandbox.pid !== undefined);
  const { ppid, command } = parentOf(sandbox.pid!);
  expect(command).toMatch(/spawner\.mjs/);
  return ppid;
}

/** Running: neither gone nor a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

describe("the sandbox spawner", () => {
  it("starts every sandbox from one small helper process, not from the server", async () => {
    const first = startSandbox(pythonSpec(ECHO));
    const second = startSandbox(pythonSpec(ECHO));
    const helper = await spawnerOf(first);
    expect(await spawnerOf(second)).toBe(helper);
    expect(parentOf(helper).ppid).toBe(process.pid);
    // Its own memory, not a copy of this process's.
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${helper}/status`, "utf8"))?.[1]);
    expect(rssKb).toBeLessThan(120 * 1024);
    expect(await first.run("one")).toMatchObject({ exitCode: 0, stdout: "ONE\n" });
    expect(await second.run("two")).toMatchObject({ exitCode: 0, stdout: "TWO\n" });
  });

  it("carries large output whole, and cuts it at the limit", async () => {
    const code =
      "import sys\nsys.stdout.write('x' * 60000)\nsys.stdout.flush()\nos = __import__('os')\nos.write(3, b'y' * 3000000)";
    const outcome = await startSandbox(pythonSpec(code)).run("");
    expect(outcome.stdout).toBe("x".repeat(60_000));
    expect(outcome.results).toBe("y".repeat(3_000_000));
    const flood = await startSandbox(pythonSpec("while True: print('z' * 1000)")).run("");
    expect(flood.killed).toBe("output");
    expect(flood.stdout).toMatch(/\[output cut at 64 KB\]\n$/);
  });

  it("when the helper dies, its sandboxes die with it, their runs settle, and the next start gets a new helper", async () => {
    const sandbox = startSandbox(pythonSpec("import os, time\nos.fork()\ntime.sleep(60)"));
    const helper = await spawnerOf(sandbox);
    let namespace: string | null = null;
    await waitFor(
      () => (namespace ??= sandboxNamespace(sandbox.pid!)) !== null && pidsInNamespace(namespace).length >= 3,
    );
    expect(namespace).not.toBeNull();
    const running = sandbox.run("");
    process.kill(helper, "SIGKILL");
    const outcome = await running;
    expect(outcome.stderr).toMatch(/the sandbox spawner stopped/);
    expect(await waitFor(() => pidsInNamespace(namespace!).length === 0)).toBe(true);

    const next = startSandbox(pythonSpec(ECHO));
    const replacement = await spawnerOf(next);
    expect(replacement).not.toBe(helper);
    expect(await next.run("again")).toMatchObject({ exitCode: 0, stdout: "AGAIN\n" });
  });

  it("stops once the last judge has closed, leaving no process behind", async () => {
    const judge = createJudge({ warm: 1 });
    const other = createJudge({ warm: 0 });
    const result = await judge.run({ language: "python", source: "print('hi')", mode: "run" });
    expect(result).toMatchObject({ verdict: "ok", stdout: "hi\n" });
    const helpers = processTree(process.pid).filter(
      (pid) => pid !== process.pid && /spawner\.mjs/.test(commandOf(pid)),
    );
    expect(helpers).toHaveLength(1);
    await other.close();
    // The other judge still holds it.
    expect(alive(helpers[0]!)).toBe(true);
    await judge.close();
    expect(await waitFor(() => !alive(helpers[0]!))).toBe(true);
    expect(
      processTree(process.pid).filter((pid) => pid !== process.pid && /spawner\.mjs|bwrap/.test(commandOf(pid))),
    ).toEqual([]);
  });
});

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}
