import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Job } from "./harness/job.js";
import { harnessJob } from "./harness/job.js";
import { harnessFiles } from "./languages-harness.js";
import { runLimits } from "./languages-limits.js";
import type { LanguageRuntime } from "./languages-runtime.js";
import { snakeCase } from "./languages-types.js";

/** Debian's interpreter: the pyenv shim on PATH takes 10× longer to start (ARCHITECTURE.md). */
export const PYTHON = "/usr/bin/python3";
/** The interpreter and the harness take ~30 MB of address space before the user's code allocates. */
const PYTHON_OVERHEAD_MB = 64;
/** harness.py is the entry; the modules are what it imports (and what gets compiled ahead). */
const MODULES = ["lw_harness.py", "lw_json.py", "lw_values.py"];
const run = promisify(execFile);

/**
 * The harness's modules as bytecode, `__pycache__/<module>.<tag>.pyc` → bytes, compiled by the
 * judge's own interpreter on the host: /sandbox is read-only and runs use -B, so without these every
 * start compiled them again (measured: 3 ms of a 29 ms sandboxed start). Hash-checked pycs: the
 * interpreter compares them with the sources bound beside them and compiles the source if they
 * differ, or if the interpreter is not the one that wrote them. Empty when compiling fails.
 */
async function compileHarness(): Promise<Record<string, Buffer>> {
  const dir = mkdtempSync(join(tmpdir(), "loopwise-pyc-"));
  try {
    for (const [name, source] of Object.entries(harnessFiles(MODULES))) writeFileSync(join(dir, name), source);
    const script =
      "import compileall, py_compile, sys\n" +
      "mode = py_compile.PycInvalidationMode.CHECKED_HASH\n" +
      "sys.exit(0 if compileall.compile_dir(sys.argv[1], quiet=2, invalidation_mode=mode) else 1)";
    await run(PYTHON, ["-I", "-c", script, dir]);
    const cache = join(dir, "__pycache__");
    return Object.fromEntries(
      readdirSync(cache).map((name) => [`__pycache__/${name}`, readFileSync(join(cache, name))]),
    );
  } catch (error) {
    console.warn("could not compile the Python harness ahead; each run compiles it:", error);
    return {};
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let compiled: Record<string, Buffer> = {};

export const python: LanguageRuntime = {
  id: "python",
  name: "Python 3",
  sourceName: "solution.py",
  pooled: true,
  async detect() {
    const { stdout, stderr } = await run(PYTHON, ["--version"]);
    compiled = await compileHarness();
    return (stdout || stderr).trim();
  },
  plan(job: Job) {
    return {
      key: `python:${job.mode}:${job.memoryMb}`,
      stdin: harnessJob(job, snakeCase),
      spec: {
        // -S: no site module (nothing is installed for it to add), 6 ms less to start.
        argv: [PYTHON, "-B", "-S", "/sandbox/harness.py"],
        files: { ...harnessFiles(["harness.py", ...MODULES]), ...compiled },
        sharedFiles: true,
        env: { LANG: "C.UTF-8", PYTHONUTF8: "1", HOME: "/tmp" },
        limits: runLimits(job.mode, job.memoryMb + PYTHON_OVERHEAD_MB),
      },
    };
  },
};
