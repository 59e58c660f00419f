import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import type { Server } from "node:net";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileSpec, reportOf } from "./support/sandbox-fixtures.js";
import { runContained } from "./support/sandbox-watch.js";

/**
 * Hostile programs trying to get out: to the host's files, environment, network and processes.
 * Each run is also checked for leftovers (runContained). The limits are in hostile.test.ts.
 */

const secret = randomBytes(16).toString("hex");
let secretFolder: string;
let server: Server;
let port: number;
let connections = 0;

beforeAll(async () => {
  // A host folder with a secret, like the data folder (~/.loopwise) would be.
  secretFolder = mkdtempSync(join(tmpdir(), "loopwise-secret-"));
  writeFileSync(join(secretFolder, "token"), secret);
  process.env.LOOPWISE_TEST_SECRET = secret;
  server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  delete process.env.LOOPWISE_TEST_SECRET;
  rmSync(secretFolder, { recursive: true, force: true });
  await new Promise((resolve) => server.close(resolve));
});

describe.concurrent("identity", () => {
  it("runs as uid 65534 with no capabilities, no new privileges, in its own UTS namespace", async () => {
    const { outcome } = await runContained(hostileSpec("identity.py"));
    const zeros = "0000000000000000";
    expect(reportOf(outcome)).toEqual({
      Uid: "65534\t65534\t65534\t65534",
      Gid: "65534\t65534\t65534\t65534",
      Groups: "",
      CapInh: zeros,
      CapPrm: zeros,
      CapEff: zeros,
      CapBnd: zeros,
      CapAmb: zeros,
      NoNewPrivs: "1",
      hostname: "sandbox",
    });
  });

  it("cannot make a user namespace of its own", async () => {
    const { outcome } = await runContained(hostileSpec("new-namespace.py"));
    expect(reportOf(outcome).result).toBe(-1);
  });
});

describe.concurrent("files", () => {
  it("can write nowhere outside /tmp", async () => {
    const { outcome } = await runContained(hostileSpec("write-outside.py"));
    const results = Object.values(reportOf(outcome));
    expect(results).toHaveLength(10);
    for (const result of results) expect(["EROFS", "EACCES", "ENOENT", "EPERM"]).toContain(result);
  });

  it("sees no /etc/shadow, no /etc, no data folder, no project and no home", async () => {
    const paths = [secretFolder, join(secretFolder, "token"), join(homedir(), ".loopwise"), process.cwd(), homedir()];
    const { outcome } = await runContained(hostileSpec("read-secrets.py", { args: paths }));
    const results = reportOf(outcome);
    expect(Object.keys(results)).toHaveLength(3 + paths.length);
    for (const result of Object.values(results)) expect(result).toBe("ENOENT");
    expect(outcome.stdout).not.toContain(secret);
  });

  it("reads nothing of the host through symlinks it plants in /tmp", async () => {
    const args = [join(secretFolder, "token"), "/proc/1/root" + join(secretFolder, "token")];
    const { outcome } = await runContained(hostileSpec("symlink-out.py", { args }));
    expect(outcome.stdout).not.toContain(secret);
    for (const result of Object.values(reportOf(outcome))) expect(result).toBe("FileNotFoundError");
  });
});

describe.concurrent("environment", () => {
  it("sees none of the server's environment, in its own or any other process", async () => {
    const { outcome } = await runContained(hostileSpec("read-environment.py", { env: { LANG: "C.UTF-8" } }));
    expect(outcome.stdout).not.toContain(secret);
    const { own } = reportOf(outcome) as { own: Record<string, string> };
    // Only the base environment, the spec's, the watch marker runContained adds, and the working
    // folder bubblewrap names in PWD (always, even after --clearenv).
    expect(Object.keys(own).sort()).toEqual(["HOME", "LANG", "LOOPWISE_WATCH", "PATH", "PWD"]);
    expect(own.PWD).toBe("/tmp");
  });

  it("in JavaScript too, including /proc/1/environ", async () => {
    const { outcome } = await runContained(hostileSpec("read-environment.js"));
    expect(outcome.stdout).not.toContain(secret);
    const { own } = reportOf(outcome) as { own: Record<string, string> };
    expect(Object.keys(own).sort()).toEqual(["HOME", "LOOPWISE_WATCH", "PATH", "PWD"]);
    expect(own.PWD).toBe("/tmp");
  });
});

describe.concurrent("network", () => {
  it.each(["connect-loopback.py", "connect-loopback.js", "connect-loopback.go"])(
    "%s cannot reach a server on the host's loopback",
    async (file) => {
      const before = connections;
      const { outcome } = await runContained(hostileSpec(file, { args: [String(port)] }));
      expect(outcome.stdout).not.toContain("connected");
      expect(outcome.stdout).toMatch(/unreachable|ENETUNREACH|EADDRNOTAVAIL|refused|ECONNREFUSED/i);
      expect(connections).toBe(before);
    },
  );

  it.each(["resolve-name.py", "resolve-name.js", "resolve-name.go"])("%s cannot resolve a name", async (file) => {
    const { outcome } = await runContained(hostileSpec(file));
    expect(outcome.stdout).not.toMatch(/\d+\.\d+\.\d+\.\d+/);
    expect(outcome.stdout).toMatch(/error|EAI_AGAIN|ENOTFOUND/i);
  });
});

describe.concurrent("processes", () => {
  it.each(["start-shell.py", "spawn-shell.js", "start-shell.go"])(
    "%s starts a shell that sees the same jail",
    async (file) => {
      const { outcome } = await runContained(hostileSpec(file));
      expect(outcome.exitCode).toBe(0);
      expect(outcome.stdout).toMatch(/^65534\n/);
      for (const entry of ["bin", "dev", "proc", "sandbox", "tmp", "usr"])
        expect(outcome.stdout).toContain(`${entry}\n`);
      expect(outcome.stdout).not.toMatch(/^(etc|home|root|work|var)$/m);
    },
  );

  it.each(["signal-others.py", "signal-others.cpp"])(
    "%s signals everyone it can and hurts no one outside",
    async (file) => {
      const { outcome } = await runContained(hostileSpec(file, { args: [String(process.pid)] }));
      expect(outcome.exitCode).toBe(0);
      expect(outcome.stdout).toMatch(/^\{/);
      // The test runner, which the program tried to kill by pid, is still here to check.
      expect(() => process.kill(process.pid, 0)).not.toThrow();
      expect(() => process.kill(process.ppid, 0)).not.toThrow();
    },
  );
});
