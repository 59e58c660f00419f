import { SANDBOX_UID, SETPRIV } from "./sandbox-bwrap.js";
import { withoutStrayFds } from "./sandbox-fds.js";
import type { SandboxFolder } from "./sandbox-files.js";
import { prlimitArgs } from "./sandbox-limits.js";
import type { HostCommand } from "./sandbox-process.js";
import type { SandboxSpec } from "./sandbox-types.js";

/**
 * Local mode where bubblewrap cannot run: the same rlimits and watchdog, and nothing else. The
 * program sees the whole host file system and network with the server's user (or uid 65534 when
 * the server runs as root), so this is only offered to one person running their own code.
 */

let warned = false;

export function warnLimitsOnly(): void {
  if (warned) return;
  warned = true;
  console.warn(
    [
      "",
      "!!! WARNING: code runs WITHOUT a sandbox (bubblewrap is not available) !!!",
      "!!! Programs are limited in time, memory, processes and output only: they can read your   !!!",
      "!!! files and use the network. Install bubblewrap (apt install bubblewrap) to isolate them. !!!",
      "",
    ].join("\n"),
  );
}

/** /sandbox and /tmp do not exist as such here: the spec's paths point into the run's own folders. */
function relocate(value: string, folder: SandboxFolder): string {
  return value.replaceAll("/sandbox", folder.files);
}

export function limitsOnlyCommand(
  spec: Omit<SandboxSpec, "stdin">,
  folder: SandboxFolder,
  env: Record<string, string>,
): HostCommand {
  const asRoot = process.getuid?.() === 0;
  // Without namespaces RLIMIT_NPROC is the only fork-bomb guard, and the kernel never applies it to root.
  const user = asRoot
    ? [`--reuid=${SANDBOX_UID}`, `--regid=${SANDBOX_UID}`, "--clear-groups", "--inh-caps=-all", "--bounding-set=-all"]
    : [];
  const argv = spec.argv.map((arg) => relocate(arg, folder));
  const cwd = spec.cwd === undefined || spec.cwd === "/tmp" ? folder.work : relocate(spec.cwd, folder);
  const [file, ...args] = [
    SETPRIV,
    ...user,
    "--no-new-privs",
    "--pdeathsig=KILL",
    "--",
    ...withoutStrayFds([...prlimitArgs(spec.limits), ...argv]),
  ];
  const relocated = Object.fromEntries(Object.entries(env).map(([name, value]) => [name, relocate(value, folder)]));
  return { file: file!, args, cwd, env: { ...relocated, HOME: folder.work, TMPDIR: folder.work } };
}
