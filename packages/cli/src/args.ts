import { parseArgs } from "node:util";

export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "start"; serve: boolean; port?: string | undefined; host?: string | undefined; open: boolean };

export class UsageError extends Error {}

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        port: { type: "string", short: "p" },
        host: { type: "string" },
        open: { type: "boolean" },
        "no-open": { type: "boolean" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const [command = "start", ...rest] = positionals;
  if (rest.length > 0) throw new UsageError(`Unexpected argument: ${rest[0]}`);
  if (command !== "start" && command !== "serve") throw new UsageError(`Unknown command: ${command}`);
  return {
    kind: "start",
    serve: command === "serve",
    port: values.port,
    host: values.host,
    open: command === "start" && !values["no-open"] && values.open !== false,
  };
}
