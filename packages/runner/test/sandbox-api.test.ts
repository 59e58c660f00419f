import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { StartedSandbox } from "../src/sandbox.js";
import { isolationFor, runSandboxed, sandboxSupport, SandboxUnavailable, startSandbox } from "../src/sandbox.js";
import { testLimits } from "./support/sandbox-fixtures.js";
import { ECHO, pythonSpec } from "./support/sandbox-programs.js";
import { pidsInNamespace, runContained, sandboxNamespace } from "./support/sandbox-watch.js";

const LIST_FDS = "import os\nprint(sorted(int(fd) for fd in os.listdir('/proc/self/fd')))";

const waitFor = async (condition: () => boolean, ms = 5_000) => {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  return condition();
};

describe("runSandboxed", () => {
  it("passes stdin in, and stdout, stderr, the fd 3 results and the exit code out", async () => {
    const code = `${ECHO}\nimport sys\nsys.stderr.write('to stderr')\nsys.exit(7)`;
    const outcome = await runSandboxed({ ...pythonSpec(code), stdin: "hello" });
    expect(outcome).toMatchObject({
      exitCode: 7,
      signal: null,
      stdout: "HELLO\n",
      stderr: "to stderr",
      results: "done",
    });
    expect(outcome).toMatchObject({ killed: null, outputTruncated: false });
  });

  it("places the files read-only at /sandbox, runs in /tmp with the spec's environment", async () => {
    const code = [
      "import os",
      "print(open('/sandbox/data/input.txt').read(), os.getcwd(), os.environ['GREETING'])",
      "try:\n    open('/sandbox/data/input.txt', 'w')\nexcept OSError as error:\n    print(error.strerror)",
    ].join("\n");
    const files = { "data/input.txt": "from the host" };
    const outcome = await runSandboxed({ ...pythonSpec(code), files, env: { GREETING: "hi" } });
    expect(outcome.stdout).toBe("from the host /tmp hi\nRead-only file system\n");
  });

  it("refuses file names that leave /sandbox, and relative read-only paths", () => {
    expect(() => startSandbox({ ...pythonSpec("pass"), files: { "../escape": "x" } })).toThrow(/inside \/sandbox/);
    expect(() => startSandbox({ ...pythonSpec("pass"), files: { "/etc/x": "x" } })).toThrow(/inside \/sandbox/);
    expect(() => startSandbox({ ...pythonSpec("pass"), readOnlyPaths: ["relative/path"] })).toThrow(/absolute/);
  });

  it("binds read-only paths at the same place, even below a folder only root may enter", async () => {
    const host = mkdtempSync(join(tmpdir(), "loopwise-toolchain-"));
    const shared = join(host, "toolchain");
    mkdirSync(shared, { mode: 0o755 });
    writeFileSync(join(shared, "tool.txt"), "a toolchain file", { mode: 0o644 });
    chmodSync(host, 0o700);
    try {
      const code = `print(open('${shared}/tool.txt').read())\ntry:\n    open('${shared}/new', 'w')\nexcept OSError as e:\n    print(e.strerror)`;
      const outcome = await runSandboxed({ ...pythonSpec(code), readOnlyPaths: [shared] });
      expect(outcome.stdout).toBe("a toolchain file\nRead-only file system\n");
    } finally {
      rmSync(host, { recursive: true, force: true });
    }
  });

  it("fails with bubblewrap's own message when a read-only path does not exist, leaving nothing", async () => {
    const { outcome } = await runContained({ ...pythonSpec("print('never')"), readOnlyPaths: ["/no/such/toolchain"] });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout).toBe("");
    expect(outcome.stderr).toMatch(/bwrap: Can't find source path \/no\/such\/toolchain/);
  });

  it("shows the program no fd beyond stdio and the results pipe", async () => {
    const outcome = await runSandboxed(pythonSpec(LIST_FDS));
    // The fourth is the one listdir itself holds open.
    expect(outcome.stdout).toBe("[0, 1, 2, 3, 4]\n");
  });
});

describe("startSandbox", () => {
  it("counts the wall clock from run, not from start", async () => {
    const sandbox = startSandbox(pythonSpec(ECHO, { limits: testLimits({ wallMs: 1_000 }) }));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(sandbox.usable).toBe(true);
    const outcome = await sandbox.run("late");
    expect(outcome).toMatchObject({ killed: null, stdout: "LATE\n" });
    expect(outcome.wallMs).toBeLessThan(1_000);
  });

  it("runs once", async () => {
    const sandbox = startSandbox(pythonSpec(ECHO));
    await sandbox.run("once");
    expect(sandbox.usable).toBe(false);
    await expect(sandbox.run("twice")).rejects.toThrow(/runs once/);
  });

  it("dispose kills a sandbox that never ran, and all inside it", async () => {
    const sandbox = startSandbox(pythonSpec("import os, time\nos.fork()\ntime.sleep(60)"));
    const namespace = await namespaceWith(await outerPid(sandbox), 3);
    sandbox.dispose();
    expect(sandbox.usable).toBe(false);
    expect(await waitFor(() => pidsInNamespace(namespace).length === 0)).toBe(true);
  });

  it("killing bubblewrap alone kills every process in its pid namespace", async () => {
    const code = "import subprocess, sys\nfor _ in range(3): subprocess.Popen(['sleep', '60'])\nsys.stdin.read()";
    const sandbox = startSandbox(pythonSpec(code));
    const pid = await outerPid(sandbox);
    const namespace = await namespaceWith(pid, 5);
    // Not the process group, as dispose does: the one process the server started.
    process.kill(pid, "SIGKILL");
    expect(await waitFor(() => pidsInNamespace(namespace).length === 0)).toBe(true);
    sandbox.dispose();
  });

  it("settles at once when the program exits, though a child it left holds the output open", async () => {
    const code = "import subprocess\nsubprocess.Popen(['sleep', '60'])\nprint('bye')";
    const { outcome } = await runContained(pythonSpec(code));
    expect(outcome).toMatchObject({ exitCode: 0, stdout: "bye\n", killed: null });
    expect(outcome.wallMs).toBeLessThan(2_000);
  });

  it("reports a program that exited before its run", async () => {
    const sandbox = startSandbox(pythonSpec("print('early')"));
    expect(await waitFor(() => !sandbox.usable)).toBe(true);
    expect(await sandbox.run("")).toMatchObject({ exitCode: 0, stdout: "early\n" });
  });
});

describe("isolation", () => {
  afterAll(() => vi.restoreAllMocks());

  it("bubblewrap works on this machine, probed once", async () => {
    const first = sandboxSupport();
    expect(sandboxSupport()).toBe(first);
    expect(await first).toEqual({ bubblewrap: true });
  });

  it("local mode falls back to limits only; server mode refuses", () => {
    expect(isolationFor("server", { bubblewrap: true })).toBe("bubblewrap");
    expect(isolationFor("local", { bubblewrap: false, reason: "no bwrap" })).toBe("limits-only");
    expect(() => isolationFor("server", { bubblewrap: false, reason: "no bwrap" })).toThrow(SandboxUnavailable);
    expect(() => isolationFor("server", { bubblewrap: false, reason: "no bwrap" })).toThrow(/no bwrap/);
  });

  it("limits-only mode keeps the limits and the files, leaves nothing behind, and warns loudly once", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const options = { isolation: "limits-only" } as const;
    const code = [
      "import os, subprocess",
      "subprocess.Popen(['sleep', '60'])",
      "print(open('/sandbox/note.txt').read(), os.getuid() if os.getuid() else 'root', flush=True)",
      "while True: pass",
    ].join("\n");
    // Without user namespaces, RLIMIT_NPROC counts every process of host uid 65534, all sandboxes together.
    const limits = testLimits({ cpuMs: 500, processes: 1024 });
    const spec = { ...pythonSpec(code, { limits }), files: { "note.txt": "note" } };
    // runContained also checks that the background sleep did not outlive the run.
    const { outcome } = await runContained(spec, options);
    expect(outcome.killed).toBe("cpu");
    // As root, limits-only runs the program as uid 65534: RLIMIT_NPROC does not bind root.
    expect(outcome.stdout).toBe(`note ${process.getuid?.() === 0 ? 65534 : process.getuid?.()}\n`);
    // Nothing of the server's (or of the spawner's IPC channel) reaches the program either.
    const fds = await runContained(pythonSpec(LIST_FDS), options);
    expect(fds.outcome.stdout).toBe("[0, 1, 2, 3, 4]\n");
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/WITHOUT a sandbox/);
  });
});

/** The host pid of bubblewrap, once the spawner has reported it. */
async function outerPid(sandbox: StartedSandbox): Promise<number> {
  await waitFor(() => sandbox.pid !== undefined);
  if (sandbox.pid === undefined) throw new Error("the spawner never reported the sandbox's pid");
  return sandbox.pid;
}

/** The sandbox's pid namespace, once it holds at least `count` live processes (bubblewrap's init included). */
async function namespaceWith(outerPid: number, count: number): Promise<string> {
  let namespace: string | null = null;
  await waitFor(
    () => (namespace ??= sandboxNamespace(outerPid)) !== null && pidsInNamespace(namespace).length >= count,
  );
  if (namespace === null) throw new Error("the sandbox never made its pid namespace");
  expect(pidsInNamespace(namespace).length).toBeGreaterThanOrEqual(count);
  return namespace;
}
