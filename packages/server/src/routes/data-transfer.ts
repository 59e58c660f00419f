import { zValidator } from "@hono/zod-validator";
import { exportDocumentSchema } from "@loopwise/domain";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../env.js";
import { backupStatus, requireBackups } from "../services/data-transfer/backups.js";
import { applicationsCsv, contactsCsv } from "../services/data-transfer/csv.js";
import { attachment, exportDocument, exportFileName } from "../services/data-transfer/export.js";
import { importDocument, restoreDocument } from "../services/data-transfer/import.js";
import { invalidDocument } from "../services/data-transfer/invalid-document.js";
import { contactsVcard } from "../services/data-transfer/vcard.js";

/** Imports and restores carry a whole export; the app's 1 MB limit is skipped for them. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

const documentSize = bodyLimit({
  maxSize: MAX_DOCUMENT_BYTES,
  onError: (c) => c.json({ error: { code: "too_large", message: "The file is over 64 MB" } }, 413),
});

const documentBody = zValidator("json", exportDocumentSchema, (result) => {
  if (!result.success) throw invalidDocument(result.error);
});

export const dataTransferRoutes = new Hono<AppEnv>()
  .get("/export", async (c) => {
    const { database, clock } = c.var.deps;
    const now = clock.now();
    const document = await exportDocument(database.db, c.var.userId, now);
    c.header("Content-Disposition", attachment(exportFileName("export", "json", now)));
    return c.json(document);
  })
  .get("/export/applications.csv", async (c) => {
    const { database, clock } = c.var.deps;
    const now = clock.now();
    const csv = applicationsCsv(await exportDocument(database.db, c.var.userId, now));
    return c.body(csv, 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachment(exportFileName("applications", "csv", now)),
    });
  })
  .get("/export/contacts.csv", async (c) => {
    const { database, clock } = c.var.deps;
    const now = clock.now();
    const csv = contactsCsv(await exportDocument(database.db, c.var.userId, now));
    return c.body(csv, 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachment(exportFileName("contacts", "csv", now)),
    });
  })
  .get("/export/contacts.vcf", async (c) => {
    const { database, clock } = c.var.deps;
    const now = clock.now();
    const cards = contactsVcard(await exportDocument(database.db, c.var.userId, now));
    return c.body(cards, 200, {
      "Content-Type": "text/vcard; charset=utf-8",
      "Content-Disposition": attachment(exportFileName("contacts", "vcf", now)),
    });
  })
  .post("/import/json", documentSize, documentBody, async (c) => {
    const result = await importDocument(c.var.deps.database.db, c.var.userId, c.req.valid("json"));
    return c.json(result);
  })
  .post("/restore", documentSize, documentBody, async (c) => {
    const { database, clock, backups } = c.var.deps;
    return c.json(await restoreDocument(database.db, c.var.userId, c.req.valid("json"), backups, clock.now()));
  })
  .get("/backups", async (c) => c.json(await backupStatus(c.var.deps.backups)))
  .post("/backups", async (c) => {
    const { database, clock, backups } = c.var.deps;
    const store = requireBackups(backups);
    const now = clock.now();
    const backup = await store.write(await exportDocument(database.db, c.var.userId, now), now);
    return c.json({ backup }, 201);
  });
