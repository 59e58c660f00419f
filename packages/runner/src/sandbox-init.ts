import { readFileSync } from "node:fs";
import type { Readable } from "node:stream";

/**
 * The sandbox's first process (pid 1 of its pid namespace), as bubblewrap reports it on its
 * --info-fd pipe: {"child-pid": <host pid>, ...}. bubblewrap's own process exits as soon as pid 1
 * reports the exit code, while the kernel may still be killing the rest of the namespace (seen
 * under load: a fork bomb's processes still running after bubblewrap had exited). pid 1 finishes
 * exiting only once every other process of its namespace is gone, so its end is the sandbox's end.
 */
export class SandboxInit {
  private pid: number | undefined;
  /** Its start time (field 22 of /proc/<pid>/stat), so a reused pid is not mistaken for it. */
  private startTime: string | undefined;

  constructor(stream: Readable) {
    let text = "";
    stream.on("data", (chunk: Buffer) => {
      if (this.pid !== undefined) return;
      text += chunk.toString("utf8");
      try {
        const pid = (JSON.parse(text) as { "child-pid"?: unknown })["child-pid"];
        if (typeof pid === "number") {
          this.pid = pid;
          this.startTime = statOf(pid)?.[19];
        }
      } catch {
        // Not all of the JSON has arrived yet.
      }
    });
    stream.on("error", () => undefined);
  }

  /** Whether pid 1 has finished: gone, a zombie (its namespace is empty), or the pid reused. */
  finished(): boolean {
    if (this.pid === undefined) return true;
    const stat = statOf(this.pid);
    return stat === undefined || stat[0] === "Z" || stat[19] !== this.startTime;
  }

  /** Resolves when pid 1 has finished, or after `maxMs` at the latest. */
  async gone(maxMs: number): Promise<void> {
    const deadline = performance.now() + maxMs;
    while (!this.finished() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/** The fields of /proc/<pid>/stat after the command name: [0] is the state, [19] the start time. */
function statOf(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}
