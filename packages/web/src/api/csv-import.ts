import type { Stage } from "@loopwise/domain";
import type { InferResponseType } from "hono/client";
import { api, ApiError, unwrap } from "./client";

export type CsvPreview = InferResponseType<typeof api.import.csv.preview.$post, 200>;
/** The dry run's answer (the real run answers a stream, read by runCsvImport). */
export type CsvCheck = Extract<InferResponseType<typeof api.import.csv.$post, 200>, { toCreate: number }>;
export type ColumnTarget = CsvPreview["mapping"][string];
export type DateOrder = "mdy" | "dmy";

/** What the user decided: the mapping, stages for unknown statuses, and the date order. */
export interface ImportChoices {
  mapping: Record<string, ColumnTarget>;
  statuses: Record<string, Stage>;
  dateOrder?: DateOrder;
}

/** The events of a real import, one JSON object per line of its answer. */
export type CsvImportEvent =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; created: number; duplicates: number; companiesCreated: number }
  | { type: "error"; message: string };

export async function previewCsv(file: File): Promise<CsvPreview> {
  // The server reads the bytes and finds the encoding itself; the type only says "a file".
  return unwrap<CsvPreview>(
    api.import.csv.preview.$post(undefined, { init: { body: file, headers: { "content-type": "text/csv" } } }),
  );
}

function form(file: File, choices: ImportChoices, dryRun: boolean) {
  return {
    file,
    mapping: JSON.stringify(choices.mapping),
    dryRun: dryRun ? ("true" as const) : ("false" as const),
    ...(Object.keys(choices.statuses).length > 0 ? { statuses: JSON.stringify(choices.statuses) } : {}),
    ...(choices.dateOrder ? { dateOrder: choices.dateOrder } : {}),
  };
}

/** The dry run: what an import would do, writing nothing. */
export async function checkCsv(file: File, choices: ImportChoices): Promise<CsvCheck> {
  return unwrap<CsvCheck>(api.import.csv.$post({ form: form(file, choices, true) }));
}

/**
 * The real import. A refusal (a row in error, a bad mapping) is an ApiError; otherwise the answer
 * streams progress events, each handed to `onEvent`, and the last one (done or error) is returned.
 */
export async function runCsvImport(
  file: File,
  choices: ImportChoices,
  onEvent: (event: CsvImportEvent) => void,
): Promise<CsvImportEvent> {
  let response: Response;
  try {
    response = await api.import.csv.$post({ form: form(file, choices, false) });
  } catch {
    throw new ApiError(0, "network", "Cannot reach the Loopwise server. Is it still running?");
  }
  if (!response.ok || !response.body) return unwrap<never>(Promise.resolve(response));
  let last: CsvImportEvent | undefined;
  for await (const line of lines(response.body)) {
    last = JSON.parse(line) as CsvImportEvent;
    onEvent(last);
  }
  if (!last || last.type === "progress") {
    return {
      type: "error",
      message: "The connection closed before the import said it was done; reload to see what was saved",
    };
  }
  return last;
}

/** The non-empty lines of a text stream, as they arrive. */
async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending += decoder.decode(value, { stream: true });
    const parts = pending.split("\n");
    pending = parts.pop()!;
    for (const part of parts) if (part.trim()) yield part;
  }
  pending += decoder.decode();
  if (pending.trim()) yield pending;
}
