import { describe, expect, it } from "vitest";
import { hostileSpec, reportOf } from "./support/sandbox-fixtures.js";
import { runContained } from "./support/sandbox-watch.js";

/**
 * Hostile programs against the limits: each must end the way its limit says, and leave nothing
 * running (runContained checks every run: no process of its pid namespace or environment left,
 * and the host still starts processes). Escapes are in sandbox-escape.test.ts. Tests run
 * concurrently: the limits are CPU time, not wall time, so sharing the cores changes no outcome.
 */

describe.concurrent("time", () => {
  it.each(["cpu-loop.py", "cpu-loop.js", "cpu-loop.cpp", "cpu-loop.go"])(
    "%s is stopped by the CPU limit",
    async (file) => {
      // The C++ and Go budgets include compiling (about 0.15 and 0.4 s of CPU).
      const cpuMs = file.endsWith(".cpp") ? 1_000 : file.endsWith(".go") ? 1_500 : 500;
      const { outcome } = await runContained(hostileSpec(file, { limits: { cpuMs } }));
      expect(outcome.killed).toBe("cpu");
    },
  );

  it.each(["sleep-past-wall.py", "sleep-past-wall.js"])("%s is stopped by the wall clock", async (file) => {
    const { outcome } = await runContained(hostileSpec(file, { limits: { wallMs: 1_500 } }));
    expect(outcome.killed).toBe("wall");
    expect(outcome.wallMs).toBeGreaterThanOrEqual(1_500);
    expect(outcome.wallMs).toBeLessThan(3_500);
  });
});

describe.concurrent("processes", () => {
  it.each(["fork-bomb.py", "fork-bomb.cpp", "fork-bomb.sh"])(
    "%s never holds more processes than its limit",
    async (file) => {
      const processes = 12;
      // bash backs off and retries a failed fork, using little CPU: the wall clock ends that bomb.
      const wallMs = file.endsWith(".sh") ? 3_000 : 20_000;
      const run = await runContained(hostileSpec(file, { limits: { processes, wallMs } }));
      expect(run.namespace).not.toBeNull();
      expect(run.peakProcesses).toBeLessThanOrEqual(processes);
    },
  );

  it.each(["thread-bomb.py", "thread-bomb.cpp", "thread-bomb.js"])(
    "%s cannot start more threads than the limit",
    async (file) => {
      // Node's workers each open a few files: enough files here that the process limit is what stops them.
      const { outcome } = await runContained(hostileSpec(file, { limits: { processes: 16, openFiles: 1024 } }));
      const report = reportOf(outcome);
      expect(report.started).toBeLessThan(16);
      expect(String(report.error)).toMatch(
        /can't start new thread|Resource temporarily unavailable|ERR_WORKER|EAGAIN|initialization/i,
      );
    },
  );

  it("thread-bomb.go ends when the Go runtime cannot make another thread", async () => {
    const run = await runContained(hostileSpec("thread-bomb.go", { limits: { processes: 16 } }));
    expect(run.outcome.stderr).toContain("failed to create new OS thread");
    expect(run.peakProcesses).toBeLessThanOrEqual(16);
  });

  it("a fork bomb does not starve the sandbox next to it", async () => {
    const bomb = runContained(hostileSpec("fork-bomb.py", { limits: { processes: 12, wallMs: 4_000, cpuMs: 4_000 } }));
    const neighbour = runContained({
      argv: [
        "/usr/bin/python3",
        "-c",
        "import os\nfor _ in range(8):\n    os.waitpid(os.fork() or os._exit(0), 0)\nprint('eight forks')",
      ],
      files: {},
      limits: hostileSpec("fork-bomb.py").limits,
    });
    expect((await neighbour).outcome.stdout).toBe("eight forks\n");
    await bomb;
  });
});

describe.concurrent("memory", () => {
  it("a Python list that grows for ever ends in MemoryError", async () => {
    const { outcome } = await runContained(hostileSpec("memory-list.py", { limits: { memoryMb: 128 } }));
    expect(outcome.killed).toBeNull();
    expect(outcome.stderr).toContain("MemoryError");
  });

  it("native allocations fail at the address-space limit", async () => {
    // g++ compiles this under 256 MB of address space too.
    const { outcome } = await runContained(hostileSpec("memory-malloc.cpp", { limits: { memoryMb: 256 } }));
    expect(outcome.exitCode).toBe(3);
    expect(Number(reportOf(outcome).megabytes)).toBeLessThan(256);
  });

  it("the V8 heap stops at its flag", async () => {
    const { outcome } = await runContained(hostileSpec("memory-heap.js", { limits: { cpuMs: 10_000 } }));
    expect(outcome.stderr).toContain("JavaScript heap out of memory");
  });

  it("memory outside the V8 heap stops at RLIMIT_DATA", async () => {
    // Filling the pages costs CPU: about a second for 300 MB on an idle core.
    const { outcome } = await runContained(hostileSpec("memory-buffers.js", { limits: { cpuMs: 5_000 } }));
    expect(outcome.killed).toBeNull();
    if (outcome.stdout === "") {
      // The buffers took all the room, and the heap then could not grow: V8's own out-of-memory abort.
      expect(outcome.stderr).toContain("JavaScript heap out of memory");
      return;
    }
    const report = reportOf(outcome);
    expect(report.error).toMatch(/Array buffer allocation failed/);
    // The heap flag (64 MB) plus the sandbox's headroom for Node (256 MB).
    expect(report.megabytes).toBeLessThanOrEqual(64 + 256);
  });

  it("System V shared memory, which would outlive RLIMIT_AS, is refused", async () => {
    const { outcome } = await runContained(hostileSpec("sysv-shared-memory.py"));
    // EPERM from the seccomp filter.
    expect(reportOf(outcome)).toEqual({ shmget: -1, msgget: -1, errno: 1 });
  });
});

describe.concurrent("output", () => {
  it.each([
    ["flood-stdout.py", "stdout"],
    ["flood-stdout.js", "stdout"],
    ["flood-stderr.py", "stderr"],
    ["flood-stderr.cpp", "stderr"],
  ] as const)("%s is cut at 64 KB and stopped", async (file, stream) => {
    const { outcome } = await runContained(hostileSpec(file));
    expect(outcome.killed).toBe("output");
    expect(outcome.outputTruncated).toBe(true);
    expect(outcome[stream].endsWith("\n[output cut at 64 KB]\n")).toBe(true);
    expect(Buffer.byteLength(outcome[stream])).toBeLessThanOrEqual(64 * 1024 + 30);
  });
});

describe.concurrent("files", () => {
  it("filling /tmp stops at its size with ENOSPC", async () => {
    const { outcome } = await runContained(hostileSpec("fill-tmp.py", { limits: { tmpMb: 4, fileSizeKb: 8 * 1024 } }));
    const report = reportOf(outcome);
    expect(report.error).toBe("ENOSPC");
    expect(report.written).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it("a file past the size limit fails with EFBIG in Python", async () => {
    const { outcome } = await runContained(hostileSpec("big-file.py", { limits: { fileSizeKb: 1024, tmpMb: 8 } }));
    expect(reportOf(outcome)).toEqual({ written: 1024 * 1024, error: "EFBIG" });
  });

  it("a file past the size limit ends a native program with SIGXFSZ", async () => {
    const { outcome } = await runContained(hostileSpec("big-file.cpp", { limits: { fileSizeKb: 1024 } }));
    // bubblewrap reports a program killed by signal n as 128 + n; SIGXFSZ is 25.
    expect(outcome.exitCode).toBe(128 + 25);
    expect(outcome.stdout).toBe("");
  });

  it("opening files stops at the open-files limit", async () => {
    const { outcome } = await runContained(hostileSpec("open-files.py", { limits: { openFiles: 32 } }));
    const report = reportOf(outcome);
    expect(report.error).toBe("EMFILE");
    expect(report.opened).toBeLessThan(32);
  });
});

describe.concurrent("compile-time bombs", () => {
  it("including /dev/random is stopped by the limits", async () => {
    const limits = { memoryMb: 512 };
    const { outcome } = await runContained(hostileSpec("include-dev-random.cpp", { limits }));
    expect(outcome.killed !== null || outcome.exitCode !== 0).toBe(true);
    expect(outcome.stdout).toBe("");
  });

  it("a template explosion is stopped by the limits", async () => {
    const { outcome } = await runContained(hostileSpec("template-explosion.cpp", { limits: { cpuMs: 1_500 } }));
    expect(outcome.killed !== null || outcome.exitCode !== 0).toBe(true);
    expect(outcome.stdout).toBe("");
  });
});
