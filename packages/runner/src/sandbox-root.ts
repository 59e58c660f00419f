import { statSync } from "node:fs";
import { posix } from "node:path";
import type { JailSpec } from "./sandbox-bwrap.js";
import { BWRAP, extraPaths, jailArgs, roBinds, SANDBOX_UID, SETPRIV, SYSTEM, SYSTEM_LINKS } from "./sandbox-bwrap.js";

/**
 * A server running as root. A jail started by root maps the sandbox's uid to host uid 0, and the
 * kernel never enforces RLIMIT_NPROC on uid 0 (measured: a Python fork loop under `--nproc=30` made
 * 16,219 processes before the host ran out of pids). So bubblewrap runs as host uid 65534 (setpriv).
 * Measured with `--nproc=30`: two such sandboxes each stopped at 28 forks, as each user namespace
 * counts its own processes: one host uid is enough, and a fork bomb starves no other sandbox.
 * A normal user on a laptop gets the same without any of this (measured as uid 65534 starting
 * bubblewrap itself: 28 and 28). Without user namespaces (limits-only) all processes of the uid
 * share one count: two such runs stopped at 12 and 14 forks together.
 * uid 65534 must then reach every bound path: the sandbox's folder is made group-traversable for
 * it (sandbox-files.ts); a toolchain under a root-only folder (/root/.cargo) is staged first.
 */

// setuid clears the parent-death signal, so setpriv sets it again for bubblewrap.
const DROP = [SETPRIV, `--reuid=${SANDBOX_UID}`, `--regid=${SANDBOX_UID}`, "--clear-groups", "--pdeathsig=KILL", "--"];

/** Whether uid 65534 (neither owner nor in the group) may pass through every folder down to `dir`. */
function traversable(dir: string): boolean {
  return ["/", ...ancestors(dir), dir].every((step) => (modeOf(step) & 0o001) !== 0);
}

/** Whether uid 65534 may reach `path` and read it. */
const reachable = (path: string) => traversable(posix.dirname(path)) && (modeOf(path) & 0o004) !== 0;

/** 0 for a path that does not exist: bubblewrap will say so, in the staged jail. */
function modeOf(path: string): number {
  try {
    return statSync(path).mode;
  } catch {
    return 0;
  }
}

/** Every ancestor of `path` below /, outermost first: /a/b/c -> /a, /a/b. */
function ancestors(path: string): string[] {
  const parts = posix.normalize(path).split("/").filter(Boolean);
  return parts.slice(0, -1).map((_, index) => `/${parts.slice(0, index + 1).join("/")}`);
}

/**
 * A first bubblewrap, as root, binds the paths uid 65534 cannot reach into a private mount
 * namespace (with the host's /proc, so the inner one may mount its own); the jail runs in there.
 * It costs one more bubblewrap start, so it is used only when a path needs it.
 */
function stagedJail(spec: JailSpec, paths: string[]): string[] {
  const dirs = [...new Set(paths.flatMap(ancestors))].filter((dir) => !paths.includes(dir));
  const stage = [
    BWRAP,
    "--die-with-parent",
    ...SYSTEM,
    ...SYSTEM_LINKS,
    "--bind",
    "/proc",
    "/proc",
    "--dev",
    "/dev",
    // bubblewrap keeps its root tmpfs under /tmp while it sets up.
    "--size",
    String(1024 * 1024),
    "--tmpfs",
    "/tmp",
    "--ro-bind",
    spec.filesDir,
    "/sandbox",
    // Parents it creates would be 0700 root: uid 65534 could not reach the paths below them.
    ...dirs.flatMap((dir) => ["--perms", "0755", "--dir", dir]),
    ...roBinds(paths),
    "--",
  ];
  return [...stage, ...DROP, ...jailArgs(spec, "/sandbox")];
}

export function rootJail(spec: JailSpec): string[] {
  const paths = extraPaths(spec.readOnlyPaths);
  // The sandbox's own folder is group-traversable for uid 65534; the folders above it must be open.
  const direct = paths.every(reachable) && traversable(posix.dirname(posix.dirname(spec.filesDir)));
  return direct ? [...DROP, ...jailArgs(spec)] : stagedJail(spec, paths);
}
