import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import type { Job } from "./harness/job.js";
import { harnessJob } from "./harness/job.js";
import { harnessFiles } from "./languages-harness.js";
import { runLimits } from "./languages-limits.js";
import type { LanguageRuntime } from "./languages-runtime.js";

/**
 * JavaScript and TypeScript run in the same warm Node harness. TypeScript is transpiled by esbuild
 * inside the sandbox (its package and binary bound read-only), so compiling runs under the run's
 * limits; the service starts while the sandbox waits in the pool.
 */

const require = createRequire(import.meta.url);
/** ~6 MB of the main thread's 8 MB stack: ~100k frames of recursion, with room left for native frames. */
const STACK_KB = 6000;
/** Node, the harness, its watchdog thread (and esbuild's service) hold ~60 MB before the user's code runs. */
const NODE_OVERHEAD_MB = 96;

function esbuildPaths(): { main: string; binary: string; version: string } {
  const main = require.resolve("esbuild");
  const packageDir = dirname(dirname(main));
  const platform = `@esbuild/${process.platform}-${process.arch}/package.json`;
  const binary = join(dirname(require.resolve(platform, { paths: [packageDir] })), "bin", "esbuild");
  const { version } = require("esbuild") as { version: string };
  return { main, binary, version };
}

let esbuild: ReturnType<typeof esbuildPaths> | undefined;
const esbuildOnce = () => (esbuild ??= esbuildPaths());

function nodeRuntime(id: "javascript" | "typescript"): LanguageRuntime {
  const typescript = id === "typescript";
  return {
    id,
    name: typescript ? "TypeScript" : "JavaScript",
    sourceName: typescript ? "solution.ts" : "solution.js",
    pooled: true,
    async detect() {
      const node = `Node.js ${process.versions.node}`;
      return typescript ? `esbuild ${esbuildOnce().version} on ${node}` : node;
    },
    plan(job: Job) {
      const memoryMb = job.memoryMb + NODE_OVERHEAD_MB;
      const env: Record<string, string> = {
        LANG: "C.UTF-8",
        HOME: "/tmp",
        LOOPWISE_LANGUAGE: id,
        LOOPWISE_MEMORY_MB: `${memoryMb}`,
      };
      const readOnlyPaths = process.execPath.startsWith("/usr/") ? [] : [process.execPath];
      if (typescript) {
        const { main, binary } = esbuildOnce();
        Object.assign(env, { LOOPWISE_ESBUILD: main, ESBUILD_BINARY_PATH: binary });
        readOnlyPaths.push(dirname(dirname(main)), binary);
      }
      return {
        key: `${id}:${job.mode}:${job.memoryMb}`,
        stdin: harnessJob(job),
        spec: {
          argv: [
            process.execPath,
            `--max-old-space-size=${2 * job.memoryMb}`,
            `--stack-size=${STACK_KB}`,
            "/sandbox/harness.mjs",
          ],
          files: harnessFiles([
            "harness.mjs",
            "node-values.mjs",
            "node-stdin.mjs",
            "node-watchdog.mjs",
            "source-map.mjs",
          ]),
          sharedFiles: true,
          readOnlyPaths,
          env,
          // V8 reserves far more address space than it uses: no RLIMIT_AS. The harness's watchdog
          // holds the resident memory to the limit, and the heap flag (twice the limit, so V8 is not
          // yet crawling through collections when the watchdog acts) is a backstop.
          // Threads count as processes: Node's ~11, the watchdog and esbuild's service.
          limits: runLimits(job.mode, memoryMb, { addressSpace: false, processes: 64 }),
        },
      };
    },
  };
}

export const javascript = nodeRuntime("javascript");
export const typescript = nodeRuntime("typescript");
