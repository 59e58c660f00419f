import type { ChildProcess } from "node:child_process";
import { fork } from "node:child_process";
import { EventEmitter } from "node:events";
import { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";

/**
 * Sandboxes start from a small helper process (spawner/spawner.mjs), not from the server. Node
 * forks the whole parent to start a child, and a fork copies the parent's page tables: measured
 * from Node 20, 2 ms for a 46 MB process and 41 ms for an 850 MB one, with the event loop blocked
 * all along. A server holding PGlite's heap paid ~20 ms per sandbox, more than the sandbox itself.
 * The helper stays ~40 MB; each sandbox it starts looks to SandboxProcess like a child process:
 * stdio streams, a pid (once the helper has it), "exit" and "error", kill().
 */

/** What SandboxProcess needs of a started process: a ChildProcess, or a RemoteChild. */
export interface SandboxChild {
  readonly pid: number | undefined;
  readonly stdin: Writable | null;
  readonly stdio: readonly (Readable | Writable | null | undefined)[];
  once(event: "exit", listener: (code: number | null, signal: NodeJS.Signals | null) => void): this;
  once(event: "error", listener: (error: Error) => void): this;
  kill(signal?: NodeJS.Signals): boolean;
}

export interface SpawnRequest {
  file: string;
  args: string[];
  env: Record<string, string>;
  cwd?: string;
  /** Host files opened read-only as the child's fds 4, 5, ... */
  passFiles: string[];
  /** A pipe after them (--info-fd). */
  infoPipe: boolean;
  /** The most of fd n (1, 2, 3) worth carrying over: the sandbox is killed past its limit anyway. */
  caps: Record<number, number>;
}

type Message =
  | { t: "pid"; id: number; pid: number }
  | { t: "error"; id: number; message: string }
  | { t: "data"; id: number; n: number; d: Uint8Array }
  | { t: "end"; id: number; n: number }
  | { t: "exit"; id: number; code: number | null; signal: NodeJS.Signals | null }
  | { t: "gone"; id: number };

/** A bundle (the CLI) copies the folder beside itself, where `import.meta.url` then points (scripts/build-cli.ts). */
const SCRIPT = fileURLToPath(new URL("./spawner/spawner.mjs", import.meta.url));

class RemoteChild extends EventEmitter implements SandboxChild {
  pid: number | undefined;
  readonly stdin: Writable;
  readonly stdio: (Readable | Writable | null)[];
  private readonly ended = new Set<number>();

  constructor(
    private readonly id: number,
    private readonly helper: Spawner,
    request: SpawnRequest,
  ) {
    super();
    const send = (message: { t: string; d?: Buffer }) => helper.send({ ...message, id });
    this.stdin = new Writable({
      write(chunk: Buffer, _encoding, done) {
        send({ t: "in", d: chunk });
        done();
      },
      final(done) {
        send({ t: "in-end" });
        done();
      },
    });
    const readable = () => new Readable({ read() {} });
    const info = request.infoPipe ? [...request.passFiles.map(() => null), readable()] : [];
    this.stdio = [this.stdin, readable(), readable(), readable(), ...info];
  }

  /** Ends the stream of fd n, once (a second end would be an error on it). */
  private end(n: number): void {
    const stream = this.stdio[n];
    if (n === 0 || !(stream instanceof Readable) || this.ended.has(n)) return;
    this.ended.add(n);
    stream.push(null);
  }

  kill(): boolean {
    this.helper.send({ t: "kill", id: this.id });
    return true;
  }

  receive(message: Exclude<Message, { t: "gone" }>): void {
    if (message.t === "pid") this.pid = message.pid;
    else if (message.t === "data") {
      const { buffer, byteOffset, byteLength } = message.d;
      (this.stdio[message.n] as Readable | null)?.push(Buffer.from(buffer, byteOffset, byteLength));
    } else if (message.t === "end") this.end(message.n);
    else if (message.t === "exit") this.emit("exit", message.code, message.signal);
    else this.fail(message.message);
  }

  /** The process could not start, or the helper died: no more output will come. */
  fail(reason: string): void {
    this.stdio.forEach((_, n) => this.end(n));
    // SandboxProcess listens once; an emitter throws an "error" nobody listens to.
    if (this.listenerCount("error") > 0) this.emit("error", new Error(reason));
  }
}

class Spawner {
  private readonly process: ChildProcess;
  private readonly children = new Map<number, RemoteChild>();
  private next = 0;
  private gone = false;

  constructor(onGone: () => void) {
    this.process = fork(SCRIPT, [], {
      execArgv: [],
      env: {},
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    this.process.on("message", (message: Message) => {
      const child = this.children.get(message.id);
      if (message.t === "gone" || message.t === "error") this.children.delete(message.id);
      if (message.t !== "gone") child?.receive(message);
    });
    const end = () => {
      if (this.gone) return;
      this.gone = true;
      onGone();
      for (const child of this.children.values()) child.fail("the sandbox spawner stopped");
      this.children.clear();
    };
    this.process.once("exit", end);
    this.process.once("error", end);
    // Neither the helper nor its channel keeps a process alive: a run's own timers do while it runs.
    this.process.unref();
    this.process.channel?.unref();
  }

  get idle(): boolean {
    return this.children.size === 0;
  }

  spawn(request: SpawnRequest): RemoteChild {
    const id = this.next++;
    const child = new RemoteChild(id, this, request);
    if (this.gone) {
      queueMicrotask(() => child.fail("the sandbox spawner stopped"));
      return child;
    }
    this.children.set(id, child);
    this.send({ t: "start", id, ...request });
    return child;
  }

  send(message: { t: string; id: number; [key: string]: unknown }): void {
    if (this.gone || !this.process.connected) return;
    this.process.send(message, (error: Error | null) => {
      if (error !== null) this.children.get(message.id)?.fail(`the sandbox spawner refused: ${error.message}`);
    });
  }

  get stopped(): boolean {
    return this.gone;
  }

  /** Ends the helper once nothing runs through it; left running if something still does after `maxMs`. */
  async close(maxMs: number): Promise<void> {
    const deadline = performance.now() + maxMs;
    while (!this.idle && !this.gone && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    if (this.gone || !this.idle) return;
    const exited = new Promise((resolve) => this.process.once("exit", resolve));
    this.process.disconnect();
    await exited;
  }
}

let spawner: Spawner | undefined;

/** Starts a process through the helper, which is started on first use and again if it died. */
export function spawnRemote(request: SpawnRequest): SandboxChild {
  const current = (spawner ??= new Spawner(() => {
    if (spawner === current) spawner = undefined;
  }));
  return current.spawn(request);
}

let holders = 0;

/**
 * A judge holds the helper while it lives; when the last holder lets go, the helper stops once
 * nothing runs through it (within `maxMs`), so a closed server leaves no process behind. A later
 * start starts another.
 */
export function holdSpawner(maxMs = 2_000): () => Promise<void> {
  holders += 1;
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    holders -= 1;
    const current = spawner;
    if (holders > 0 || current === undefined) return;
    await current.close(maxMs);
    if (spawner === current && current.stopped) spawner = undefined;
  };
}
