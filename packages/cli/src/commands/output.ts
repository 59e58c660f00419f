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

const NAMES: Record<string, [string, string]> = {
  companies: ["company", "companies"],
  applications: ["application", "applications"],
  stageHistory: ["stage change", "stage changes"],
  contacts: ["contact", "contacts"],
  applicationContacts: ["contact link", "contact links"],
  outreach: ["outreach entry", "outreach entries"],
  interviews: ["interview", "interviews"],
  interviewers: ["interviewer", "interviewers"],
  tasks: ["task", "tasks"],
};

/** "2 companies, 1 application": the tables with rows, in the document's order. */
export function describeCounts(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => {
      const [one, many] = NAMES[table] ?? [table, table];
      return `${n} ${n === 1 ? one : many}`;
    });
  return parts.length ? parts.join(", ") : "nothing";
}

export function describeBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
