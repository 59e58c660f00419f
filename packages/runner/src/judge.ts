import type { Language } from "@loopwise/domain";
import type { Checker } from "./compare.js";
import { parseResults } from "./harness/results.js";
import { jobFor } from "./judge-job.js";
import { judgeCases, judgeScript } from "./judge-verdict.js";
import { detectLanguages, listLanguages } from "./languages.js";
import { SCRIPT_MEMORY_MB } from "./languages-limits.js";
import type { StartSpec } from "./languages-runtime.js";
import { holdSpawner, RunQueue, SandboxPool, startSandbox } from "./sandbox.js";
import type { LanguageInfo, RunRequest, RunResult } from "./types.js";

/**
 * The judge: a request in, a verdict out. Interpreted languages run in warm sandboxes from the pool
 * (the harness loaded, waiting for its job); compiled ones in a sandbox made for the job. At most
 * as many runs at once as the queue allows; a full queue rejects at once (QueueFull, retryAfterSeconds).
 */

export interface JudgeOptions {
  isolation?: "bubblewrap" | "limits-only";
  /** Warm sandboxes kept ready per kind (language, mode, memory limit). */
  warm?: number;
  concurrency?: number;
  maxWaiting?: number;
}

export interface Judge {
  run(request: RunRequest): Promise<RunResult>;
  languages(): Promise<LanguageInfo[]>;
  close(): Promise<void>;
}

/** The language is not one this machine runs: a bad request, not a failure. */
export class UnsupportedLanguage extends Error {
  constructor(readonly language: Language) {
    super(`${language} is not available on this machine`);
    this.name = "UnsupportedLanguage";
  }
}

/** Larger sources are refused before they reach a sandbox. */
export const MAX_SOURCE_BYTES = 64 * 1024;

export function createJudge(options: JudgeOptions = {}): Judge {
  const isolation = options.isolation ?? "bubblewrap";
  // A pooled sandbox's spec depends on its key alone: remembered here when a plan first names it.
  const specs = new Map<string, StartSpec>();
  const start = (spec: StartSpec) => startSandbox(spec, { isolation });
  const pool = new SandboxPool({ size: options.warm ?? 1, factory: (key: string) => start(specs.get(key)!) });
  const queue = new RunQueue({ concurrency: options.concurrency, maxWaiting: options.maxWaiting });
  const releaseSpawner = holdSpawner();

  // Fill the pool for the common runs (the default memory limit), so the first request is warm too.
  const warming = detectLanguages().then((languages) => {
    for (const { runtime } of languages.values()) {
      runtime.warmUp?.();
      if (!runtime.pooled) continue;
      for (const mode of ["cases", "script"] as const) {
        const plan = runtime.plan({ mode, source: "", timeLimitMs: 1000, memoryMb: SCRIPT_MEMORY_MB });
        specs.set(plan.key, plan.spec);
        pool.prestart(plan.key);
      }
    }
  });
  // Runs start their own sandboxes when warming fails: worth a warning, never an unhandled rejection.
  warming.catch((error: unknown) => console.warn("could not warm the sandbox pool:", error));

  async function run(request: RunRequest): Promise<RunResult> {
    const language = (await detectLanguages()).get(request.language);
    if (language === undefined) throw new UnsupportedLanguage(request.language);
    if (Buffer.byteLength(request.source) > MAX_SOURCE_BYTES) {
      return {
        verdict: "compile_error",
        timeMs: 0,
        error: { message: `the source is larger than ${MAX_SOURCE_BYTES / 1024} KB` },
      };
    }
    const { runtime } = language;
    const large = request.mode === "submit" ? ((await request.problem?.largeCases?.()) ?? []) : [];
    const { job, cases } = jobFor(request, large);
    const plan = runtime.plan(job);
    return queue.run(async () => {
      if (runtime.pooled) specs.set(plan.key, plan.spec);
      const sandbox = runtime.pooled ? pool.take(plan.key) : start(plan.spec);
      const outcome = await sandbox.run(plan.stdin);
      const verdicts = {
        outcome,
        report: parseResults(outcome.results),
        memoryMb: job.memoryMb,
        diagnostics: runtime.compiled?.diagnostics,
      };
      if (request.problem === undefined) return judgeScript(verdicts);
      const checker = (request.problem as { checker?: Checker }).checker;
      return judgeCases(verdicts, cases, request.problem.meta.compare, checker);
    });
  }

  return {
    run,
    languages: listLanguages,
    async close() {
      await warming.catch(() => undefined);
      await pool.close();
      await releaseSpawner();
    },
  };
}
