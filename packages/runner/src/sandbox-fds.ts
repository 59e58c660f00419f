import { readdirSync, readFileSync } from "node:fs";

/**
 * A child inherits every fd of the server that lacks O_CLOEXEC, and bubblewrap passes them all
 * into the sandbox: a directory fd there would let `openat(fd, "..")` walk the host's file system.
 * Node opens its own fds close-on-exec, so only fds the server itself inherited can leak (measured
 * here: a pipe at fd 251 from the tool that started the tests). When there are any, a shell closes
 * every fd above 3 before prlimit runs; when there are none (the usual case) it costs nothing.
 */

const O_CLOEXEC = 0o2000000;
/** 0-2 are stdio and 3 is the results pipe; the seccomp fd (4) is closed by bubblewrap itself. */
const KEPT = 3;

export function inheritedFds(): number[] {
  return readdirSync("/proc/self/fd")
    .map(Number)
    .filter((fd) => fd > 2)
    .filter((fd) => {
      try {
        const flags = /^flags:\s+([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, "utf8"))?.[1];
        return flags !== undefined && (parseInt(flags, 8) & O_CLOEXEC) === 0;
      } catch {
        // The fd used to list the folder, already closed.
        return false;
      }
    });
}

/**
 * bash exports SHLVL itself, even on exec: it goes, so the environment is the same with or without
 * this shell (the spec's, plus the PWD bubblewrap always sets to the working folder).
 */
const CLOSE_ALL = `for fd in /proc/self/fd/*; do fd=\${fd##*/}; if [ "$fd" -gt ${KEPT} ]; then eval "exec $fd>&-"; fi; done; unset OLDPWD; exec /usr/bin/env -u SHLVL -- "$@"`;

/** The command, behind a shell that closes stray fds when this process has any to leak. */
export function withoutStrayFds(command: string[]): string[] {
  return inheritedFds().length === 0 ? command : ["/bin/bash", "-c", CLOSE_ALL, "close-fds", ...command];
}
