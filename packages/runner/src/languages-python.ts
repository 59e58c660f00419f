import { execFile } from "node:child_process";
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

export const python: LanguageRuntime = {
  id: "python",
  name: "Python 3",
  sourceName: "solution.py",
  pooled: true,
  async detect() {
    const { stdout, stderr } = await promisify(execFile)(PYTHON, ["--version"]);
    return (stdout || stderr).trim();
  },
  plan(job: Job) {
    return {
      key: `python:${job.mode}:${job.memoryMb}`,
      stdin: harnessJob(job, snakeCase),
      spec: {
        // -S: no site module (nothing is installed for it to add), 6 ms less to start.
        argv: [PYTHON, "-B", "-S", "/sandbox/harness.py"],
        files: harnessFiles(["harness.py", "lw_values.py"]),
        env: { LANG: "C.UTF-8", PYTHONUTF8: "1", HOME: "/tmp" },
        limits: runLimits(job.mode, job.memoryMb + PYTHON_OVERHEAD_MB),
      },
    };
  },
};
