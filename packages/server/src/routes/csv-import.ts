import { Invalid } from "@loopwise/domain";
import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { UserId } from "@loopwise/domain";
import type { AppDeps, AppEnv } from "../env.js";
import { checkImport } from "../services/csv-import/check.js";
import { csvImportFormSchema } from "../services/csv-import/options.js";
import { prepareImport, type PreparedImport } from "../services/csv-import/prepare.js";
import { previewCsv } from "../services/csv-import/preview.js";
import { assertImportable, writeImport, type CsvImportEvent } from "../services/csv-import/write.js";
import { valid } from "../validate.js";

/** The app's 1 MB limit is lifted for /api/import/*: a file of 10,000 rows is ~2 MB. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

const fileLimit = bodyLimit({
  maxSize: MAX_CSV_BYTES,
  onError: (c) =>
    c.json(
      { error: { code: "too_large", message: "The file is over 20 MB; split it into smaller files and import each" } },
      413,
    ),
});

/** What browsers and tools send a CSV file as. */
const FILE_TYPES = /^(text\/[\w.+-]+|application\/(octet-stream|csv|vnd\.ms-excel|x-csv))\s*(;|$)/i;

const requireFileBody: MiddlewareHandler = async (c, next) => {
  if (!FILE_TYPES.test(c.req.header("content-type") ?? "")) {
    throw new Invalid("Send the file itself as the body (Content-Type: text/csv)", {
      body: "must be the CSV file (Content-Type text/csv or application/octet-stream)",
    });
  }
  await next();
};

const requireForm: MiddlewareHandler = async (c, next) => {
  if (!/^multipart\/form-data\s*;/i.test(c.req.header("content-type") ?? "")) {
    throw new Invalid("Send the import as multipart/form-data with file, mapping and dryRun", {
      body: "must be multipart/form-data",
    });
  }
  await next();
};

export const csvImportRoutes = new Hono<AppEnv>()
  .use(fileLimit)
  .post("/preview", requireFileBody, async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return c.json(previewCsv(bytes));
  })
  .post("/", requireForm, valid("form", csvImportFormSchema), async (c) => {
    const { database } = c.var.deps;
    const { file, dryRun, ...choices } = c.req.valid("form");
    const prepared = prepareImport(new Uint8Array(await file.arrayBuffer()), choices, "file");
    if (dryRun) return c.json(await checkImport(database.db, c.var.userId, prepared));
    assertImportable(prepared);
    return c.body(importStream(c.var.deps, c.var.userId, prepared), 200, {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      "Cache-Control": "no-store",
    });
  });

/**
 * The import's NDJSON answer. Events are queued, never awaited: the transaction's pace must not
 * hang on a slow (or gone) reader. A closed page does not stop the import; the board shows it.
 */
function importStream(deps: AppDeps, userId: UserId, prepared: PreparedImport): ReadableStream<Uint8Array> {
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  const encoder = new TextEncoder();
  const emit = async (event: CsvImportEvent) => {
    writer.write(encoder.encode(`${JSON.stringify(event)}\n`)).catch(() => undefined);
    // PGlite works on this thread without yielding to I/O: give the socket a turn to send it.
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
  void writeImport(deps.database.db, userId, prepared, deps.clock.now(), emit)
    .then(emit)
    .finally(() => writer.close().catch(() => undefined));
  return readable;
}
