import { join } from "node:path";
import { BWRAP, extraPaths, jailArgs, SANDBOX_UID } from "./sandbox-bwrap.js";
import type { SandboxFolder } from "./sandbox-files.js";
import { makeSandboxFolder, sharedSandboxFolder } from "./sandbox-files.js";
import { withoutStrayFds } from "./sandbox-fds.js";
import { limitsOnlyCommand, warnLimitsOnly } from "./sandbox-limits-only.js";
import { prlimitArgs } from "./sandbox-limits.js";
import type { HostCommand, StartedSandbox } from "./sandbox-process.js";
import { SandboxProcess } from "./sandbox-process.js";
import { rootJail } from "./sandbox-root.js";
import { seccompFilter } from "./sandbox-seccomp.js";
import type { SandboxOutcome, SandboxSpec } from "./sandbox-types.js";

export type Isolation = "bubblewrap" | "limits-only";

export interface StartOptions {
  isolation: Isolation;
}

const asRoot = () => process.getuid?.() === 0;

/** What every program finds in its cleared environment unless the spec says otherwise. */
const BASE_ENV = { PATH: "/usr/bin:/bin", HOME: "/tmp" };

const filter = seccompFilter();

/** The filter as a file for bubblewrap to read as fd 4: written once, with the harnesses' shared folders. */
function filterFile(): string | undefined {
  if (filter === null) return undefined;
  return join(sharedSandboxFolder({ "seccomp.bpf": filter }).files, "seccomp.bpf");
}

function jailCommand(spec: Omit<SandboxSpec, "stdin">, folder: SandboxFolder): HostCommand {
  const filterPath = filterFile();
  const jail = {
    // The process gets fd 4 (the filter, if any), then the info pipe.
    seccompFd: filterPath === undefined ? undefined : 4,
    infoFd: filterPath === undefined ? 4 : 5,
    filesDir: folder.files,
    readOnlyPaths: spec.readOnlyPaths ?? [],
    env: { ...BASE_ENV, ...spec.env },
    cwd: spec.cwd ?? "/tmp",
    tmpMb: spec.limits.tmpMb,
    command: withoutStrayFds([...prlimitArgs(spec.limits), ...spec.argv]),
  };
  const [file, ...args] = asRoot() ? rootJail(jail) : jailArgs(jail);
  // bubblewrap itself gets no environment: nothing of the server's can leak through it.
  return {
    file: file ?? BWRAP,
    args,
    env: {},
    passFiles: filterPath === undefined ? [] : [filterPath],
    infoPipe: true,
  };
}

/**
 * Starts the process now, so an interpreter and a harness load before the job arrives; `run`
 * then writes the job on stdin. Throws only for a bad spec (a file name outside /sandbox, a
 * read-only path that is not absolute).
 */
export function startSandbox(
  spec: Omit<SandboxSpec, "stdin">,
  options: StartOptions = { isolation: "bubblewrap" },
): StartedSandbox {
  if (spec.argv.length === 0) throw new Error("a sandbox needs a command");
  if (options.isolation === "limits-only") {
    warnLimitsOnly();
    const folder = makeSandboxFolder(spec.files, { owner: asRoot() ? SANDBOX_UID : undefined });
    return new SandboxProcess(
      limitsOnlyCommand(spec, folder, { ...BASE_ENV, ...spec.env }),
      spec.limits,
      folder.remove,
    );
  }
  extraPaths(spec.readOnlyPaths ?? []); // throws for a bad path before anything is made on the host
  const access = { traverseGid: asRoot() ? SANDBOX_UID : undefined };
  const folder = spec.sharedFiles ? sharedSandboxFolder(spec.files, access) : makeSandboxFolder(spec.files, access);
  return new SandboxProcess(jailCommand(spec, folder), spec.limits, folder.remove);
}

export function runSandboxed(spec: SandboxSpec, options?: StartOptions): Promise<SandboxOutcome> {
  const { stdin, ...start } = spec;
  return startSandbox(start, options).run(stdin ?? "");
}
