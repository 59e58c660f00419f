import { parseArgs } from "node:util";

export const EXPORT_FORMATS = ["json", "csv", "vcard"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const CSV_SUBJECTS = ["applications", "contacts"] as const;
export type CsvSubject = (typeof CSV_SUBJECTS)[number];

export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "start"; serve: boolean; port?: string | undefined; host?: string | undefined; open: boolean }
  | { kind: "export"; format: ExportFormat; what: CsvSubject; out: string | undefined; force: boolean }
  | { kind: "import"; file: string }
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
} as const;

/** Which options each command takes; any other is refused by name. */
const ALLOWED: Record<string, readonly (keyof typeof OPTIONS)[]> = {
  start: ["port", "host", "open", "no-open"],
  serve: ["port", "host", "open", "no-open"],
  export: ["format", "what", "out", "force"],
  import: [],
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
      return { kind: command, file };
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

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
