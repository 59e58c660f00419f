/** Where a command writes: lines for the user, raw bytes for `--out -`, and a passing status. */
export interface Io {
  print(line: string): void;
  writeStdout(data: Uint8Array): void;
  /** A status line rewritten in place while work runs ("" clears it); shown on a terminal only. */
  progress(text: string): void;
  now(): Date;
}

export const processIo: Io = {
  print: (line) => console.log(line),
  writeStdout: (data) => process.stdout.write(data),
  // \r and "erase line": the next status, or the next printed line, starts on a clean line.
  progress: (text) => {
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${text}`);
  },
  now: () => new Date(),
};

/** "2 companies, 1 application": the counts the server answers, in the document's order. */
export { describeTableCounts as describeCounts } from "@loopwise/domain";

export function describeBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
