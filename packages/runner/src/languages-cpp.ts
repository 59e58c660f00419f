import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { cppMain } from "./harness/cpp-main.js";
import type { Job } from "./harness/job.js";
import { precompiledHeader } from "./languages-cpp-pch.js";
import { harnessFiles } from "./languages-harness.js";
import { compiledLimits, compiledStdin, compileThenRun, programLimits } from "./languages-compiled.js";
import { runLimits } from "./languages-limits.js";
import type { LanguageRuntime } from "./languages-runtime.js";

/**
 * C++17 with g++. One sandbox compiles and then runs: the compiler under the sandbox's limits
 * (cc1plus needs ~250 MB of address space for bits/stdc++.h), then the program with its own
 * memory limit set by prlimit. Function and design problems go through a generated typed harness;
 * a plain run compiles the user's own main().
 */

const GPP = "/usr/bin/g++";
const COMPILER_MEMORY_MB = 1024;
/** The flags the precompiled header is built with must be the compile's own (g++ checks them). */
const PCH_FLAGS = ["-std=c++17", "-O2"];
const FLAGS = [...PCH_FLAGS, "-pipe", "-fmax-errors=20"].join(" ");

const headers = () => harnessFiles(["loopwise.hpp", "loopwise-json.hpp"]);

/** The paths inside the sandbox, as the user knows them: their file, and the harness's. */
function diagnostics(stderr: string): string {
  return stderr
    .split("\n")
    .filter((line) => !/^(In file included from| +from) \/sandbox\/main\.cpp/.test(line))
    .join("\n")
    .replaceAll("/sandbox/main.cpp", "harness.cpp")
    .replace(/\/\S*\/loopwise-cpp-pch-[0-9a-f]+\//g, "")
    .replaceAll("/sandbox/", "")
    .trim();
}

export const cpp: LanguageRuntime = {
  id: "cpp",
  name: "C++17",
  sourceName: "solution.cpp",
  pooled: false,
  async detect() {
    const { stdout } = await promisify(execFile)(GPP, ["-dumpfullversion"]);
    return `g++ ${stdout.trim()}`;
  },
  plan(job: Job) {
    const cases = job.mode === "cases";
    const pch = cases ? precompiledHeader(GPP, PCH_FLAGS, headers()) : undefined;
    const files: Record<string, string> = { "solution.cpp": job.source };
    if (cases) files["main.cpp"] = cppMain(job.signature ?? {});
    // With the precompiled header, loopwise.hpp comes from its folder (-I), where its .gch is.
    if (cases && pch === undefined) Object.assign(files, headers());
    const include = pch === undefined ? "" : ` -I${pch}`;
    const compile = `${GPP} ${FLAGS}${include} -o /tmp/program /sandbox/${cases ? "main" : "solution"}.cpp`;
    const program = `${programLimits(job.memoryMb + 32, runLimits(job.mode, job.memoryMb).cpuMs)} /tmp/program`;
    return {
      key: "cpp",
      stdin: compiledStdin(job),
      spec: {
        argv: ["/bin/sh", "-c", compileThenRun(compile, program)],
        files,
        readOnlyPaths: pch === undefined ? [] : [pch],
        env: { LANG: "C.UTF-8", HOME: "/tmp", PATH: "/usr/bin:/bin" },
        limits: compiledLimits(job.mode, COMPILER_MEMORY_MB, { processes: 32, tmpMb: 128 }),
      },
    };
  },
  compiled: { diagnostics },
  warmUp() {
    precompiledHeader(GPP, PCH_FLAGS, headers());
  },
};
