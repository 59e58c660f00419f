/**
 * Plain runs in the warm Node harness: the job already came in on fd 0, so the program's own input is
 * served from memory to every way a Node program reads stdin (process.stdin, readline over it,
 * fs.readFileSync(0) or "/dev/stdin").
 */
import fs from "node:fs";
import { Readable } from "node:stream";

const STDIN_PATHS = new Set([0, "/dev/stdin", "/proc/self/fd/0"]);

export function serveStdin(text) {
  const data = Buffer.from(text, "utf8");
  const readFileSync = fs.readFileSync;
  fs.readFileSync = function (path, options) {
    if (!STDIN_PATHS.has(path)) return readFileSync.call(fs, path, options);
    const encoding = typeof options === "string" ? options : options?.encoding;
    return encoding ? data.toString(encoding) : Buffer.from(data);
  };
  const stream = new Readable({ read() {} });
  stream.push(data);
  stream.push(null);
  stream.fd = 0;
  stream.isTTY = false;
  stream.setRawMode = () => stream;
  Object.defineProperty(process, "stdin", { value: stream, configurable: true, enumerable: true });
}
