import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { builtCli } from "./built-cli.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const VERSION = (JSON.parse(readFileSync(join(ROOT, "packages/cli/package.json"), "utf8")) as { version: string })
  .version;

/** The real `loopwise` (the built one), in its own process, with a home of its own. */
class Cli {
  readonly child: ChildProcessWithoutNullStreams;
  stdout = "";
  stderr = "";
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(args: string[], home: string) {
    const env: NodeJS.ProcessEnv = { ...process.env, LOOPWISE_HOME: home };
    delete env.PORT;
    delete env.DATABASE_URL;
    this.child = spawn(process.execPath, [builtCli(), ...args], { cwd: ROOT, env });
    this.child.stdout.on("data", (chunk: Buffer) => (this.stdout += chunk.toString()));
    this.child.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.once("exit", (code, signal) => resolve({ code, signal })));
  }

  /** Resolves with the first match of `pattern` in stdout; rejects if the process exits first. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = this.stdout.match(pattern);
        if (match) {
          this.child.stdout.off("data", check);
          resolve(match);
        }
      };
      this.child.stdout.on("data", check);
      check();
      void this.exited.then(({ code }) =>
        reject(new Error(`loopwise exited (${code}) before printing ${pattern}\n${this.stdout}\n${this.stderr}`)),
      );
    });
  }

  /** The exit, or a failure after `ms`: a deadline, not a sleep. */
  exitWithin(ms: number) {
    return Promise.race([
      this.exited,
      new Promise<never>((_, reject) => {
        const timer = setTimeout(() => reject(new Error(`loopwise did not exit within ${ms} ms\n${this.stdout}`)), ms);
        void this.exited.then(() => clearTimeout(timer));
      }),
    ]);
  }
}

describe("the loopwise command", () => {
  const homes: string[] = [];
  const clis: Cli[] = [];
  const run = (...args: string[]) => {
    const home = mkdtempSync(join(tmpdir(), "loopwise-cli-"));
    homes.push(home);
    const cli = new Cli(args, home);
    clis.push(cli);
    return cli;
  };
  afterEach(async () => {
    for (const cli of clis.splice(0)) {
      if (cli.child.exitCode === null && cli.child.signalCode === null) {
        cli.child.kill("SIGKILL");
        await cli.exited;
      }
    }
    for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
  });

  it("starts, prints its URL, answers /api/health, and exits 0 on Ctrl-C", async () => {
    const cli = run("--no-open", "--port", "0");
    const [, url] = await cli.waitFor(/running at (http:\/\/127\.0\.0\.1:\d+)/);
    const res = await fetch(`${url}/api/health`);
    expect(await res.json()).toEqual({ ok: true, version: VERSION, database: "pglite" });
    expect(cli.stdout).toContain(join(homes[0]!, "data"));

    cli.child.kill("SIGINT");
    const { code } = await cli.exitWithin(5_000);
    expect(code).toBe(0);
    expect(cli.stdout).toContain("Stopping (SIGINT)");
    expect(cli.stderr).not.toMatch(/error/i);
  });

  it("refuses a second instance on the same data folder with a clear message", async () => {
    const first = run("--no-open", "--port", "0");
    await first.waitFor(/running at/);
    const second = new Cli(["--no-open", "--port", "0"], homes[0]!);
    clis.push(second);
    const { code } = await second.exitWithin(15_000);
    expect(code).toBe(1);
    expect(second.stderr).toContain(`Another Loopwise is already running on ${homes[0]}`);
    expect(second.stderr).toContain(`(process ${first.child.pid})`);
    first.child.kill("SIGTERM");
    expect((await first.exitWithin(5_000)).code).toBe(0);
  });

  it("loses no acknowledged write when killed, and a restart takes over the dead process's lock at once", async () => {
    const first = run("--no-open", "--port", "0");
    const [, url] = await first.waitFor(/running at (http:\/\/127\.0\.0\.1:\d+)/);
    const roles: string[] = [];
    for (let i = 0; i < 20; i++) {
      const role = `Engineer ${i}`;
      const res = await fetch(`${url}/api/applications`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ companyName: `Company ${i % 3}`, roleTitle: role }),
      });
      expect(res.status).toBe(201);
      roles.push(role);
    }
    first.child.kill("SIGKILL");
    expect((await first.exitWithin(5_000)).signal).toBe("SIGKILL");

    const second = new Cli(["--no-open", "--port", "0"], homes[0]!);
    clis.push(second);
    const [, again] = await second.waitFor(/running at (http:\/\/127\.0\.0\.1:\d+)/);
    const list = (await (await fetch(`${again}/api/applications?sort=role`)).json()) as {
      applications: { roleTitle: string }[];
    };
    expect(list.applications.map((a) => a.roleTitle).sort()).toEqual([...roles].sort());
    second.child.kill("SIGINT");
    expect((await second.exitWithin(5_000)).code).toBe(0);
  });

  it.each<[string[], number, RegExp, "stdout" | "stderr"]>([
    [["--help"], 0, /Usage\n\s+loopwise \[start\]/, "stdout"],
    [["--help"], 0, /loopwise export \[options\][\s\S]*loopwise restore FILE[\s\S]*--format <f>/, "stdout"],
    [["import"], 2, /import needs a file: loopwise import FILE/, "stderr"],
    [["--version"], 0, new RegExp(`^${VERSION.replaceAll(".", "\\.")}\\n$`), "stdout"],
    [["bogus"], 2, /Unknown command: bogus\nRun loopwise --help/, "stderr"],
    [["--port", "http"], 1, /--port \/ PORT must be a number: got "http"/, "stderr"],
    [["--host", "0.0.0.0", "--no-open"], 1, /Refusing to listen on 0\.0\.0\.0/, "stderr"],
  ])("loopwise %j exits %i", async (args, code, pattern, stream) => {
    const cli = run(...args);
    expect((await cli.exitWithin(15_000)).code).toBe(code);
    expect(cli[stream]).toMatch(pattern);
  });
});
