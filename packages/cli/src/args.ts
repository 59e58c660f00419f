import { isStage, STAGES, type Stage } from "@loopwise/domain";
import { parseArgs } from "node:util";

export const EXPORT_FORMATS = ["json", "csv", "vcard"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const CSV_SUBJECTS = ["applications", "contacts"] as const;
export type CsvSubject = (typeof CSV_SUBJECTS)[number];
export const DATE_ORDERS = ["mdy", "dmy"] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** How a CSV file is read; a Loopwise JSON export takes none of these. */
export interface CsvChoices {
  dryRun: boolean;
  dateOrder: DateOrder | undefined;
  /** Stages for the file's unknown statuses, status as written → stage. */
  statuses: Record<string, Stage>;
}

export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "start"; serve: boolean; port?: string | undefined; host?: string | undefined; open: boolean }
  | { kind: "export"; format: ExportFormat; what: CsvSubject; out: string | undefined; force: boolean }
  | ({ kind: "import"; file: string } & CsvChoices)
  | { kind: "restore"; file: string }
  | { kind: "backup" };

export type DataCommand = Extract<Command, { kind: "export" | "import" | "restore" | "backup" }>;

export class UsageError extends Error {}

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  port: { type: "string", short: "p" },
  host: { type: "string" },
  open: { type: "boolean" },
  "no-open": { type: "boolean" },
  format: { type: "string" },
  what: { type: "string" },
  out: { type: "string", short: "o" },
  force: { type: "boolean", short: "f" },
  "dry-run": { type: "boolean" },
  "date-order": { type: "string" },
  status: { type: "string", multiple: true },
} as const;

/** Which options each command takes; any other is refused by name. */
const ALLOWED: Record<string, readonly (keyof typeof OPTIONS)[]> = {
  start: ["port", "host", "open", "no-open"],
  serve: ["port", "host", "open", "no-open"],
  export: ["format", "what", "out", "force"],
  import: ["dry-run", "date-order", "status"],
  restore: [],
  backup: [],
};

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const [command = "start", ...rest] = positionals;
  const allowed = ALLOWED[command];
  if (!allowed) throw new UsageError(`Unknown command: ${command}`);
  for (const name of Object.keys(values) as (keyof typeof OPTIONS)[]) {
    if (!allowed.includes(name)) throw new UsageError(`--${name} is not an option of ${command}`);
  }

  switch (command) {
    case "export":
      noMore(rest);
      return exportCommand(values);
    case "import":
    case "restore": {
      const [file, ...extra] = rest;
      if (!file) throw new UsageError(`${command} needs a file: loopwise ${command} FILE`);
      noMore(extra);
      return command === "import" ? { kind: command, file, ...csvChoices(values) } : { kind: command, file };
    }
    case "backup":
      noMore(rest);
      return { kind: "backup" };
    default:
      noMore(rest);
      return {
        kind: "start",
        serve: command === "serve",
        port: values.port,
        host: values.host,
        open: command === "start" && !values["no-open"] && values.open !== false,
      };
  }
}

function noMore(rest: string[]) {
  if (rest.length > 0) throw new UsageError(`Unexpected argument: ${rest[0]}`);
}

function exportCommand(values: { format?: string; what?: string; out?: string; force?: boolean }): DataCommand {
  const format = values.format ?? "json";
  if (!isOneOf(EXPORT_FORMATS, format)) throw new UsageError(`--format must be json, csv or vcard: got "${format}"`);
  const what = values.what ?? (format === "vcard" ? "contacts" : "applications");
  if (!isOneOf(CSV_SUBJECTS, what)) throw new UsageError(`--what must be applications or contacts: got "${what}"`);
  if (values.what !== undefined && format === "json") {
    throw new UsageError("--what is for --format csv: the JSON export holds everything");
  }
  if (format === "vcard" && what !== "contacts") throw new UsageError("--format vcard exports contacts only");
  if (values.out === "") throw new UsageError("--out needs a file name (or - for standard output)");
  return { kind: "export", format, what, out: values.out, force: values.force ?? false };
}

function csvChoices(values: { "dry-run"?: boolean; "date-order"?: string; status?: string[] }): CsvChoices {
  const dateOrder = values["date-order"];
  if (dateOrder !== undefined && !isOneOf(DATE_ORDERS, dateOrder)) {
    throw new UsageError(`--date-order must be mdy (month first) or dmy (day first): got "${dateOrder}"`);
  }
  const statuses = new Map<string, Stage>();
  for (const pair of values.status ?? []) {
    const [status, stage] = statusChoice(pair);
    const earlier = statuses.get(status);
    if (earlier && earlier !== stage) {
      throw new UsageError(`--status gives "${status}" two stages: ${earlier} and ${stage}`);
    }
    statuses.set(status, stage);
  }
  return { dryRun: values["dry-run"] ?? false, dateOrder, statuses: Object.fromEntries(statuses) };
}

/** "Phone call=recruiter_screen": split at the last "=", so a status may hold one itself. */
function statusChoice(pair: string): [string, Stage] {
  const at = pair.lastIndexOf("=");
  const status = pair.slice(0, Math.max(at, 0)).trim();
  const stage = pair.slice(at + 1).trim();
  if (at < 0 || !status) {
    throw new UsageError(
      `--status must be STATUS=STAGE, such as --status "Phone call=recruiter_screen": got "${pair}"`,
    );
  }
  if (!isStage(stage)) throw new UsageError(`--status "${pair}": the stage must be one of ${STAGES.join(", ")}`);
  return [status, stage];
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
