/**
 * What a harness wrote on fd 3, one JSON record a line, read into one report. Lines that are not
 * the harness's records (the user's code can write on fd 3 too) are skipped; a case's first answer
 * counts. The user can only forge an answer they could have returned.
 */

export interface HarnessError {
  message: string;
  line?: number;
}

export interface CaseRecord {
  ms: number;
  value?: unknown;
  error?: HarnessError;
  memory?: boolean;
  timeout?: boolean;
}

export interface HarnessReport {
  /** Compiled languages: the program was built. */
  compiled: boolean;
  compileError?: HarnessError;
  /** The solution's top-level code threw while loading. */
  loadError?: HarnessError;
  /** The last case begun: when it has no record, the process died in it. */
  lastStarted?: number;
  cases: Map<number, CaseRecord>;
  /** cases mode: every case ran. */
  end?: { memoryKb?: number };
  /** The harness saw the memory limit passed (in a case, or outside any). */
  memoryExceeded: boolean;
  /** script mode: the program finished. */
  exit?: { code: number; error?: HarnessError; memory?: boolean; memoryKb?: number };
}

function errorOf(value: unknown): HarnessError | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { message, line } = value as { message?: unknown; line?: unknown };
  if (typeof message !== "string") return undefined;
  return typeof line === "number" ? { message, line } : { message };
}

const numberOr = (value: unknown, fallback: number) =>
  typeof value === "number" && Number.isFinite(value) ? value : fallback;

export function parseResults(text: string): HarnessReport {
  const report: HarnessReport = { compiled: false, memoryExceeded: false, cases: new Map() };
  for (const line of text.split("\n")) {
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch {
      continue; // not a record: a partial last line, or the user's own writes on fd 3
    }
    if (typeof record !== "object" || record === null) continue;
    const memoryKb = typeof record.memoryKb === "number" ? record.memoryKb : undefined;
    switch (record.t) {
      case "compiled":
        report.compiled = true;
        break;
      case "compile_error":
        report.compileError ??= errorOf(record) ?? { message: "compilation failed" };
        break;
      case "load_error":
        report.loadError ??= errorOf(record) ?? { message: "the solution failed to load" };
        break;
      case "start":
        if (typeof record.i === "number") report.lastStarted = record.i;
        break;
      case "case": {
        if (typeof record.i !== "number" || report.cases.has(record.i)) break;
        const error = errorOf(record.error);
        const caseRecord: CaseRecord = { ms: numberOr(record.ms, 0) };
        if (error) caseRecord.error = error;
        else if (record.memory === true) caseRecord.memory = true;
        else if (record.timeout === true) caseRecord.timeout = true;
        else caseRecord.value = record.value ?? null;
        report.cases.set(record.i, caseRecord);
        break;
      }
      case "memory":
        report.memoryExceeded = true;
        if (typeof record.i === "number" && record.i >= 0 && !report.cases.has(record.i)) {
          report.cases.set(record.i, { ms: numberOr(record.ms, 0), memory: true });
        }
        break;
      case "end":
        report.end ??= { memoryKb };
        break;
      case "exit":
        report.exit ??= {
          code: numberOr(record.code, 1),
          ...(errorOf(record.error) ? { error: errorOf(record.error) } : {}),
          ...(record.memory === true ? { memory: true } : {}),
          memoryKb,
        };
        break;
    }
  }
  return report;
}
