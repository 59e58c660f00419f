import { posix } from "node:path";

/**
 * The bubblewrap command lines. Inside, the program sees: /usr (and the /bin, /lib, /lib64, /sbin
 * links) read-only, its files at /sandbox read-only, the caller's read-only paths, a fresh /proc of
 * its own pid namespace, a minimal /dev, a size-capped /tmp as the only writable place, and no /etc.
 * Every namespace is new (no network at all, not even loopback), the uid is 65534 with no
 * capabilities, and nested user namespaces are disabled.
 */

export const BWRAP = "/usr/bin/bwrap";
export const SETPRIV = "/usr/bin/setpriv";
/** The uid (and gid) inside the sandbox and, when the server runs as root, on the host too. */
export const SANDBOX_UID = 65534;

export interface JailSpec {
  /** Host folder bound read-only at /sandbox. */
  filesDir: string;
  readOnlyPaths: string[];
  env: Record<string, string>;
  cwd: string;
  tmpMb: number;
  /** The command run inside (prlimit, then the program). */
  command: string[];
  /** An inherited fd holding the seccomp filter (sandbox-seccomp.ts), if this machine has one. */
  seccompFd?: number;
  /** An inherited fd where bubblewrap writes, as JSON, the host pid of the sandbox's first process. */
  infoFd?: number;
}

export const SYSTEM = ["--ro-bind", "/usr", "/usr", "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib"];
export const SYSTEM_LINKS = ["--symlink", "usr/lib64", "/lib64", "--symlink", "usr/sbin", "/sbin"];

/** /usr and the links into it are already there; binding below them again is pointless. */
export function extraPaths(paths: string[]): string[] {
  const inSystem = (path: string) =>
    ["/usr", "/bin", "/lib", "/lib64", "/sbin"].some((root) => path === root || path.startsWith(`${root}/`));
  return [...new Set(paths.map((path) => posix.normalize(path)))].filter((path) => {
    if (!posix.isAbsolute(path) || path === "/") throw new Error(`read-only path must be absolute and not /: ${path}`);
    return !inSystem(path);
  });
}

export const roBinds = (paths: string[]) => paths.flatMap((path) => ["--ro-bind", path, path]);

/** The jail proper, run by an unprivileged user (see sandbox-root.ts for a server running as root). */
export function jailArgs(spec: JailSpec, filesSource = spec.filesDir): string[] {
  const env = Object.entries(spec.env).flatMap(([name, value]) => ["--setenv", name, value]);
  return [
    BWRAP,
    "--unshare-all",
    "--unshare-user",
    "--disable-userns",
    "--die-with-parent",
    "--new-session",
    "--cap-drop",
    "ALL",
    "--uid",
    String(SANDBOX_UID),
    "--gid",
    String(SANDBOX_UID),
    "--hostname",
    "sandbox",
    ...SYSTEM,
    ...SYSTEM_LINKS,
    "--proc",
    "/proc",
    "--dev",
    "/dev",
    // Its tmpfs would be writable, uncapped, and counted in no limit: /tmp is the only writable place.
    "--remount-ro",
    "/dev",
    ...(spec.seccompFd === undefined ? [] : ["--seccomp", String(spec.seccompFd)]),
    ...(spec.infoFd === undefined ? [] : ["--info-fd", String(spec.infoFd)]),
    "--size",
    String(spec.tmpMb * 1024 * 1024),
    "--perms",
    "1777",
    "--tmpfs",
    "/tmp",
    "--ro-bind",
    filesSource,
    "/sandbox",
    ...roBinds(extraPaths(spec.readOnlyPaths)),
    "--remount-ro",
    "/",
    "--chdir",
    spec.cwd,
    "--clearenv",
    ...env,
    "--",
    ...spec.command,
  ];
}
