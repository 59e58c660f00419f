import type { Readable } from "node:stream";

/**
 * Reads a stream to its end and keeps at most `limit` bytes of it. Past the limit it keeps
 * reading (a writer blocked on a full pipe would never see its kill) and calls `onOverflow` once.
 */
export class CappedOutput {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  truncated = false;
  readonly ended: Promise<void>;

  constructor(
    stream: Readable,
    private readonly limit: number,
    onOverflow: () => void,
  ) {
    this.ended = new Promise((resolve) => {
      stream.on("data", (chunk: Buffer) => {
        const room = this.limit - this.kept;
        if (chunk.length > room) {
          if (room > 0) this.chunks.push(chunk.subarray(0, room));
          this.kept = this.limit;
          if (!this.truncated) {
            this.truncated = true;
            onOverflow();
          }
          return;
        }
        this.chunks.push(chunk);
        this.kept += chunk.length;
      });
      // A pipe the sandbox closed, or one destroyed by the watchdog: either way, no more data.
      stream.once("close", () => resolve());
      stream.once("error", () => resolve());
    });
  }

  /** The text kept, with a notice at the end when it was cut. */
  text(notice: string): string {
    const text = Buffer.concat(this.chunks).toString("utf8");
    return this.truncated ? `${text}\n${notice}\n` : text;
  }
}

export function cutNotice(limitBytes: number): string {
  const size = limitBytes >= 1024 ? `${Math.round(limitBytes / 1024)} KB` : `${limitBytes} bytes`;
  return `[output cut at ${size}]`;
}
