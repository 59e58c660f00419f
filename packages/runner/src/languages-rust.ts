import { execFile } from "node:child_process";
import { realpathSync } from "node:fs";
import { promisify } from "node:util";
import type { Job } from "./harness/job.js";
import { rustMain } from "./harness/rust-main.js";
import { compiledLimits, compiledStdin, compileThenRun, programLimits } from "./languages-compiled.js";
import { harnessFiles } from "./languages-harness.js";
import { runLimits } from "./languages-limits.js";
import type { LanguageRuntime } from "./languages-runtime.js";

/**
 * Rust with rustup's stable toolchain (its folder bound read-only; rustup's proxy is not used
 * inside). Function problems call a top-level `fn busiest_hour(...)`, design problems the user's
 * struct (`new` and its methods, snake_case), through a generated main.rs; a plain run compiles the
 * user's own `fn main`. Linking uses the system's cc.
 */

const COMPILER_MEMORY_MB = 2048;
const FLAGS = "--edition 2021 -O -C debuginfo=0";
/** /usr/bin/cc is a link through /etc/alternatives, which the sandbox does not have: the real path. */
const linker = () => realpathSync("/usr/bin/cc");

let sysroot: Promise<string> | undefined;
/** The toolchain's folder, asked of whichever rustc is on PATH (the rustup proxy resolves it). */
const toolchain = () =>
  (sysroot ??= promisify(execFile)("rustc", ["--print", "sysroot"]).then(({ stdout }) => stdout.trim()));
let resolved: string | undefined;

function diagnostics(stderr: string): string {
  return stderr.replaceAll("/sandbox/main.rs", "the harness (main.rs)").replaceAll("/sandbox/", "").trim();
}

export const rust: LanguageRuntime = {
  id: "rust",
  name: "Rust",
  sourceName: "solution.rs",
  pooled: false,
  async detect() {
    resolved = await toolchain();
    const { stdout } = await promisify(execFile)(`${resolved}/bin/rustc`, ["--version"]);
    return stdout.trim();
  },
  plan(job: Job) {
    if (resolved === undefined) throw new Error("rust was not detected");
    const cases = job.mode === "cases";
    const files: Record<string, string> = { "solution.rs": job.source };
    if (cases)
      Object.assign(files, {
        "main.rs": rustMain(job.signature ?? {}),
        ...harnessFiles(["loopwise.rs", "loopwise_json.rs"]),
      });
    const compile = `${resolved}/bin/rustc ${FLAGS} -C linker=${linker()} -o /tmp/program /sandbox/${cases ? "main" : "solution"}.rs`;
    const program = `${programLimits(job.memoryMb + 32, runLimits(job.mode, job.memoryMb).cpuMs)} /tmp/program`;
    return {
      key: "rust",
      stdin: compiledStdin(job),
      spec: {
        argv: ["/bin/sh", "-c", compileThenRun(compile, program)],
        files,
        readOnlyPaths: [resolved],
        env: { LANG: "C.UTF-8", HOME: "/tmp", PATH: "/usr/bin:/bin" },
        limits: compiledLimits(job.mode, COMPILER_MEMORY_MB, { processes: 64, tmpMb: 128 }),
      },
    };
  },
  compiled: { diagnostics },
};
