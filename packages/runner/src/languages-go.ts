import { execFile } from "node:child_process";
import { realpathSync } from "node:fs";
import { promisify } from "node:util";
import { goMain } from "./harness/go-main.js";
import type { Job } from "./harness/job.js";
import { compiledLimits, compiledStdin, compileThenRun, programLimits } from "./languages-compiled.js";
import { harnessFiles } from "./languages-harness.js";
import { runLimits } from "./languages-limits.js";
import type { LanguageRuntime } from "./languages-runtime.js";

/**
 * Go, with the toolchain `go env` names (GOROOT, GOTOOLDIR). One sandbox compiles with the
 * toolchain's own compile and link (the go command's module and cache machinery is not needed
 * for one package: 0.3 s instead of 0.8 cold), then runs. Function problems call the user's
 * `func busiestHour(...)`, design problems `NewRateLimiter(...)` and its exported methods, through
 * a generated main.go; a plain run compiles the user's own `func main`.
 *
 * The Go runtime reserves about 700 MB of address space before it allocates anything, so the
 * program's memory is capped by RLIMIT_DATA (what it writes), GOMEMLIMIT makes the collector work
 * harder near the limit, and the harness's watchdog reports a case whose resident memory passes it.
 */

const COMPILER_MEMORY_MB = 1024;
/** What the Go runtime holds besides the solution's heap: its own structures, stacks, GC. */
const RUNTIME_OVERHEAD_MB = 64;

interface Toolchain {
  goroot: string;
  tools: string;
  version: string;
}
let toolchain: Toolchain | undefined;

/** Go starts with the package clause; a solution may leave it out, and gets it on its first line. */
export function withPackage(source: string): string {
  return /^\s*(\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*package\s/.test(source) ? source : `package main; ${source}`;
}

function diagnostics(stderr: string): string {
  return stderr.replaceAll("/sandbox/main.go", "the harness (main.go)").replaceAll("/sandbox/", "").trim();
}

export const go: LanguageRuntime = {
  id: "go",
  name: "Go",
  sourceName: "solution.go",
  pooled: false,
  async detect() {
    const { stdout } = await promisify(execFile)("go", ["env", "GOROOT", "GOTOOLDIR", "GOVERSION"]);
    const [goroot, tools, version] = stdout.trim().split("\n");
    if (!goroot || !tools || !version) throw new Error("go env did not name its toolchain");
    toolchain = { goroot: realpathSync(goroot), tools: realpathSync(tools), version };
    return version;
  },
  plan(job: Job) {
    if (toolchain === undefined) throw new Error("go was not detected");
    const { goroot, tools } = toolchain;
    const cases = job.mode === "cases";
    const files: Record<string, string> = { "solution.go": withPackage(job.source) };
    if (cases) Object.assign(files, { "main.go": goMain(job.signature ?? {}), ...harnessFiles(["loopwise.go"]) });
    const sources = cases ? "/sandbox/main.go /sandbox/loopwise.go /sandbox/solution.go" : "/sandbox/solution.go";
    // One command for compileThenRun's redirect; the Go tools write their diagnostics on stdout.
    const compile = `{ ${tools}/compile -p main -complete -trimpath /sandbox -o /tmp/main.o ${sources} >&2 && ${tools}/link -s -w -o /tmp/program /tmp/main.o >&2; }`;
    const limits = programLimits(job.memoryMb + RUNTIME_OVERHEAD_MB, runLimits(job.mode, job.memoryMb).cpuMs, "data");
    return {
      key: "go",
      stdin: compiledStdin(job),
      spec: {
        argv: ["/bin/sh", "-c", compileThenRun(compile, `${limits} /tmp/program`)],
        files,
        readOnlyPaths: [goroot, tools],
        env: {
          LANG: "C.UTF-8",
          HOME: "/tmp",
          PATH: "/usr/bin:/bin",
          GOROOT: goroot,
          GOMAXPROCS: "2",
          GOMEMLIMIT: `${job.memoryMb}MiB`,
        },
        limits: compiledLimits(job.mode, COMPILER_MEMORY_MB, { addressSpace: false, processes: 64, tmpMb: 64 }),
      },
    };
  },
  compiled: { diagnostics },
};
