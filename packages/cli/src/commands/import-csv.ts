import { basename } from "node:path";
import type { CsvChoices } from "../args.js";
import { CommandError, failure, type Connection } from "../connection.js";
import {
  describeErrors,
  describeOutcome,
  describePreview,
  describeWarnings,
  plural,
  type CsvCheck,
  type CsvImportEvent,
  type CsvPreview,
} from "./csv-report.js";
import type { Io } from "./output.js";

/**
 * Adds a CSV file's applications with the mapping the server detects: preview, then always the
 * dry run (a file with any row in error stops there), then, unless --dry-run, the import itself.
 */
export async function runCsvImport(
  file: string,
  bytes: Uint8Array<ArrayBuffer>,
  choices: CsvChoices,
  connection: Connection,
  io: Io,
): Promise<void> {
  const preview = await previewFile(file, bytes, connection);
  io.print(describePreview(file, preview, choices).join("\n"));

  const checked = await connection.request("/api/import/csv", importForm(file, bytes, preview, choices, true));
  if (!checked.ok) throw await refusal(checked, `check ${file}`);
  const check = (await checked.json()) as CsvCheck;
  const warnings = describeWarnings(check);
  if (warnings.length > 0) io.print(warnings.join("\n"));
  if (check.errorCount > 0) {
    io.print(describeErrors(check).join("\n"));
    throw new CommandError(`Nothing was imported: fix the rows above in ${file} and import it again`);
  }

  if (choices.dryRun) {
    io.print(`Would import ${describeOutcome(check.toCreate, check.newCompanies, check.duplicates)}`);
    io.print(`  into ${connection.where} (--dry-run: nothing was written)`);
    return;
  }
  if (check.toCreate === 0) {
    io.print(
      check.duplicates > 0
        ? `Nothing new in ${file}: ${plural(check.duplicates, "application is", "applications are")} already in ${connection.where}`
        : `Nothing to import: ${file} has no applications`,
    );
    return;
  }
  const done = await importFile(file, bytes, preview, choices, connection, io);
  io.print(`Imported ${describeOutcome(done.created, done.companiesCreated, done.duplicates)}`);
  io.print(`  into ${connection.where}`);
}

async function previewFile(file: string, bytes: Uint8Array<ArrayBuffer>, connection: Connection) {
  const res = await connection.request("/api/import/csv/preview", {
    method: "POST",
    headers: { "content-type": "text/csv" },
    body: bytes,
  });
  if (!res.ok) throw await failure(res, `read ${file}`);
  return (await res.json()) as CsvPreview;
}

function importForm(
  file: string,
  bytes: Uint8Array<ArrayBuffer>,
  preview: CsvPreview,
  choices: CsvChoices,
  dryRun: boolean,
): RequestInit {
  const form = new FormData();
  form.set("file", new Blob([bytes], { type: "text/csv" }), basename(file));
  form.set("mapping", JSON.stringify(preview.mapping));
  form.set("dryRun", String(dryRun));
  if (Object.keys(choices.statuses).length > 0) form.set("statuses", JSON.stringify(choices.statuses));
  if (choices.dateOrder) form.set("dateOrder", choices.dateOrder);
  return { method: "POST", body: form };
}

/** The server's refusal; a mapping it refuses can only be fixed in the file, or in the web app. */
async function refusal(res: Response, doing: string): Promise<CommandError> {
  const body = (await res
    .clone()
    .json()
    .catch(() => undefined)) as { error?: { fields?: Record<string, string> } } | undefined;
  const error = await failure(res, doing);
  if (!body?.error?.fields?.mapping) return error;
  return new CommandError(
    `${error.message} (the command reads columns by their names: rename the column in the file, or import it in the web app to choose)`,
  );
}

/** The real run: its NDJSON events, progress shown as they come, up to done or error. */
async function importFile(
  file: string,
  bytes: Uint8Array<ArrayBuffer>,
  preview: CsvPreview,
  choices: CsvChoices,
  connection: Connection,
  io: Io,
): Promise<Extract<CsvImportEvent, { type: "done" }>> {
  const res = await connection.request("/api/import/csv", importForm(file, bytes, preview, choices, false));
  if (!res.ok || !res.body) throw await failure(res, `import ${file}`);
  // The write is one transaction: whatever happens to the answer, the file is saved whole or not at all.
  const unsure = "it is saved whole or not at all: look at your board, and import again if it is not there";
  let last: CsvImportEvent | undefined;
  try {
    for await (const event of ndjson(res.body)) {
      if (event.type === "progress") {
        io.progress(`Importing ${count(event.done)} of ${count(event.total)} applications…`);
      }
      last = event;
    }
  } catch (error) {
    throw new CommandError(`Could not import ${file}: the answer broke off (${(error as Error).message}); ${unsure}`);
  } finally {
    io.progress("");
  }
  if (last?.type === "done") return last;
  if (last?.type === "error") throw new CommandError(`Could not import ${file}: ${last.message}`);
  throw new CommandError(`Could not import ${file}: the answer ended before the import did; ${unsure}`);
}

async function* ndjson(body: ReadableStream<Uint8Array>): AsyncGenerator<CsvImportEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = "";
  for (;;) {
    const { done, value } = await reader.read();
    pending += decoder.decode(value, { stream: !done });
    const lines = pending.split("\n");
    pending = done ? "" : lines.pop()!;
    for (const line of lines) if (line.trim()) yield JSON.parse(line) as CsvImportEvent;
    if (done) return;
  }
}

const count = (n: number) => n.toLocaleString("en-US");
