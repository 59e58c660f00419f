/**
 * The sandbox spawner: a small Node process that starts sandboxes for the server (see
 * sandbox-spawner.ts). Node forks the whole parent to start a child, so a start costs time in
 * proportion to the parent's memory; this process stays small. Over its IPC channel (advanced
 * serialization, so bytes travel as bytes):
 *
 *   in   {t:"start", id, file, args, env, cwd, passFiles, infoPipe, caps}   {t:"in", id, d}
 *        {t:"in-end", id}   {t:"kill", id}
 *   out  {t:"pid", id, pid}   {t:"error", id, message}   {t:"data", id, n, d}   {t:"end", id, n}
 *        {t:"exit", id, code, signal}   {t:"gone", id} (exited, and every stream forwarded has ended)
 *
 * `passFiles` are opened read-only as fds 4, 5, ... of the child (the host's own files, such as the
 * seccomp filter); `caps[n]` is the most of fd n worth forwarding: past it, the rest is read and
 * dropped (the server kills a sandbox whose output overflows). When the server goes, so does every
 * process started here.
 */
import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";

const children = new Map();

function killGroup(child) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // The group is already gone.
  }
  child.kill("SIGKILL");
}

function forward(id, n, stream, cap, ended) {
  let sent = 0;
  stream.on("data", (chunk) => {
    if (sent >= cap) return;
    const part = chunk.length > cap - sent ? chunk.subarray(0, cap - sent) : chunk;
    sent += part.length;
    process.send({ t: "data", id, n, d: part });
  });
  stream.once("close", () => {
    process.send({ t: "end", id, n });
    ended();
  });
  stream.on("error", () => undefined);
}

function start({ id, file, args, env, cwd, passFiles, infoPipe, caps }) {
  const fds = [];
  let child;
  try {
    for (const path of passFiles) fds.push(openSync(path, "r"));
    child = spawn(file, args, {
      stdio: ["pipe", "pipe", "pipe", "pipe", ...fds, ...(infoPipe ? ["pipe"] : [])],
      env,
      cwd,
      // Its own process group, so a kill reaches every host-side process of the sandbox at once.
      detached: true,
    });
  } catch (error) {
    process.send({ t: "error", id, message: error.message });
    return;
  } finally {
    for (const fd of fds) closeSync(fd);
  }
  children.set(id, child);
  child.once("error", (error) => {
    children.delete(id);
    process.send({ t: "error", id, message: error.message });
  });
  if (child.pid === undefined) return;
  process.send({ t: "pid", id, pid: child.pid });
  child.stdin.on("error", () => undefined);
  const readable = [1, 2, 3, ...(infoPipe ? [4 + fds.length] : [])];
  let open = readable.length + 1; // the streams, and the process
  const settled = () => {
    open -= 1;
    if (open > 0) return;
    children.delete(id);
    process.send({ t: "gone", id });
  };
  for (const n of readable) forward(id, n, child.stdio[n], caps[n] ?? Infinity, settled);
  child.once("exit", (code, signal) => {
    // No process of the sandbox outlives it: what is left of its process group goes now, while the
    // group id cannot yet belong to anyone else. That is a limits-only program's children, or a
    // bubblewrap pid 1 whose parent died during setup (measured with bubblewrap 0.8: such a pid 1
    // waits for ever, reparented to the host's init).
    killGroup(child);
    process.send({ t: "exit", id, code, signal });
    settled();
  });
}

process.on("message", (message) => {
  const child = children.get(message.id);
  if (message.t === "start") start(message);
  else if (message.t === "in") child?.stdin.write(message.d);
  else if (message.t === "in-end") child?.stdin.end();
  else if (message.t === "kill" && child !== undefined) killGroup(child);
});

process.on("disconnect", () => {
  for (const child of children.values()) killGroup(child);
  process.exit(0);
});
