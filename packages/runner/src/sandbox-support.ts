import { existsSync } from "node:fs";
import { BWRAP } from "./sandbox-bwrap.js";
import type { Isolation } from "./sandbox-start.js";
import { runSandboxed } from "./sandbox-start.js";

export interface SandboxSupport {
  bubblewrap: boolean;
  reason?: string;
}

/** Server mode asked to run code on a machine where bubblewrap cannot isolate it. */
export class SandboxUnavailable extends Error {
  constructor(readonly reason: string) {
    super(`code runs are refused in server mode without a sandbox: ${reason}`);
    this.name = "SandboxUnavailable";
  }
}

const PROBE_LIMITS = {
  cpuMs: 2_000,
  wallMs: 10_000,
  memoryMb: 256,
  addressSpace: true,
  processes: 8,
  fileSizeKb: 64,
  openFiles: 16,
  outputBytes: 4096,
  tmpMb: 1,
};

async function probe(): Promise<SandboxSupport> {
  if (!existsSync(BWRAP)) return { bubblewrap: false, reason: `bubblewrap is not installed (${BWRAP})` };
  // The real jail with a trivial command: user namespaces, mounts and limits must all work.
  const outcome = await runSandboxed({ argv: ["/usr/bin/true"], files: {}, limits: PROBE_LIMITS });
  if (outcome.exitCode === 0) return { bubblewrap: true };
  const said = outcome.stderr.trim();
  return {
    bubblewrap: false,
    reason: said === "" ? `bubblewrap ended with ${outcome.exitCode ?? outcome.signal}` : said,
  };
}

let support: Promise<SandboxSupport> | undefined;

/** Whether bubblewrap can run here, probed once per process. */
export function sandboxSupport(): Promise<SandboxSupport> {
  support ??= probe();
  return support;
}

/** Local mode falls back to limits only (with a loud warning when used); server mode refuses. */
export function isolationFor(mode: "local" | "server", support: SandboxSupport): Isolation {
  if (support.bubblewrap) return "bubblewrap";
  if (mode === "local") return "limits-only";
  throw new SandboxUnavailable(support.reason ?? "bubblewrap cannot run on this machine");
}
