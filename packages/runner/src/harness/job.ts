import type { ClassSignature, FunctionSignature } from "@loopwise/domain";
import { wallLimitFor } from "../languages-limits.js";

/**
 * What a judge asks of a language, and the job an interpreted language's harness reads on stdin
 * (harness.py, harness.mjs). Answers come back as JSON lines on fd 3 (see `harness-results.ts`);
 * expected values never go into the sandbox: the host compares.
 */

export interface Signature {
  function?: FunctionSignature;
  class?: ClassSignature;
}

export interface Job {
  /** cases: call the solution once per case; script: run the program on `stdin`. */
  mode: "cases" | "script";
  source: string;
  stdin?: string;
  signature?: Signature;
  /** A function problem's argument lists, or a design problem's call lists. */
  cases?: unknown[];
  /** Per case, enforced inside the sandbox by the harness. */
  timeLimitMs: number;
  memoryMb: number;
}

/** The entry point as the harness looks it up: names already in the language's own spelling. */
export type HarnessEntry =
  | { kind: "function"; name: string; params: string[]; returns: string }
  | {
      kind: "class";
      name: string;
      ctor: string[];
      methods: Record<string, { name: string; params: string[]; returns: string }>;
    };

export interface HarnessJob {
  mode: "cases" | "script";
  source: string;
  stdin?: string;
  entry?: HarnessEntry;
  cases?: unknown[];
  timeLimitMs: number;
  wallLimitMs: number;
}

/** `rename` turns a camelCase function or method name into the language's spelling. */
export function harnessEntry(signature: Signature, rename: (name: string) => string = (name) => name): HarnessEntry {
  if (signature.function !== undefined) {
    const { name, params, returns } = signature.function;
    return { kind: "function", name: rename(name), params: params.map((p) => p.type), returns };
  }
  if (signature.class === undefined) throw new Error("a signature needs a function or a class");
  const methods = Object.fromEntries(
    signature.class.methods.map((m) => [
      m.name,
      { name: rename(m.name), params: m.params.map((p) => p.type), returns: m.returns },
    ]),
  );
  return { kind: "class", name: signature.class.name, ctor: signature.class.constructor.map((p) => p.type), methods };
}

export function harnessJob(job: Job, rename?: (name: string) => string): string {
  const { mode, source, timeLimitMs } = job;
  const body: HarnessJob = { mode, source, timeLimitMs, wallLimitMs: wallLimitFor(timeLimitMs) };
  if (job.mode === "script") body.stdin = job.stdin ?? "";
  else {
    // Without a signature (a plan made only to warm the pool) there is nothing to call.
    if (job.signature !== undefined) body.entry = harnessEntry(job.signature, rename);
    body.cases = job.cases ?? [];
  }
  return JSON.stringify(body);
}
