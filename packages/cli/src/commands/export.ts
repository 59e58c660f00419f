import type { DataCommand } from "../args.js";
import { failure, type Connection } from "../connection.js";
import { checkWritable, writeOutput } from "./files.js";
import { describeBytes, describeCounts, type Io } from "./output.js";

type ExportCommand = Extract<DataCommand, { kind: "export" }>;

const WHAT = {
  json: { path: "/api/export", stem: "export", extension: "json", label: "everything" },
  applications: { path: "/api/export/applications.csv", stem: "applications", extension: "csv", label: "applications" },
  contacts: { path: "/api/export/contacts.csv", stem: "contacts", extension: "csv", label: "contacts" },
  vcard: { path: "/api/export/contacts.vcf", stem: "contacts", extension: "vcf", label: "contacts" },
} as const;

function target(command: ExportCommand) {
  return WHAT[command.format === "csv" ? command.what : command.format];
}

/** The file it writes: --out, or the name the web app's download would have, in this folder. */
export function exportPath(command: ExportCommand, now: Date): string {
  const { stem, extension } = target(command);
  return command.out ?? `loopwise-${stem}-${now.toISOString().slice(0, 10)}.${extension}`;
}

/** Before connecting: refuse to overwrite a file unless --force. */
export function prepareExport(command: ExportCommand, io: Io): void {
  const path = exportPath(command, io.now());
  if (path !== "-") checkWritable(path, command.force);
}

export async function runExport(command: ExportCommand, connection: Connection, io: Io): Promise<void> {
  const { path: apiPath, label } = target(command);
  const res = await connection.request(apiPath);
  if (!res.ok) throw await failure(res, `export ${label}`);
  const data = new Uint8Array(await res.arrayBuffer());
  const path = exportPath(command, io.now());
  if (path === "-") return io.writeStdout(data);
  await writeOutput(path, data, command.force);
  const what =
    command.format === "json"
      ? describeCounts(rowCounts(JSON.parse(new TextDecoder().decode(data)) as Record<string, unknown>))
      : `${label} as ${command.format === "vcard" ? "vCard" : "CSV"}`;
  io.print(`Exported ${what} from ${connection.where}\n  to ${path} (${describeBytes(data.length)})`);
}

function rowCounts(doc: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(doc).flatMap(([key, value]) => (Array.isArray(value) ? [[key, value.length]] : [])),
  );
}
