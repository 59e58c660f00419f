import {
  compDataPointInputSchema,
  currencySchema,
  idSchema,
  Invalid,
  optionalText,
  type CompDataPointId,
} from "@loopwise/domain";
import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { z } from "zod";
import type { AppEnv } from "../env.js";
import * as market from "../services/market.js";
import { valid } from "../validate.js";

/** A market CSV of 5 MB holds some 50,000 points: more than anyone collects by hand. */
export const MAX_MARKET_CSV_BYTES = 5 * 1024 * 1024;

const fileLimit = bodyLimit({
  maxSize: MAX_MARKET_CSV_BYTES,
  onError: (c) =>
    c.json({ error: { code: "too_large", message: "The file is over 5 MB; split it and import each part" } }, 413),
});

/** What browsers and tools send a CSV file as. */
const FILE_TYPES = /^(text\/[\w.+-]+|application\/(octet-stream|csv|vnd\.ms-excel|x-csv))\s*(;|$)/i;

const requireCsvBody: MiddlewareHandler = async (c, next) => {
  if (!FILE_TYPES.test(c.req.header("content-type") ?? "")) {
    throw new Invalid("Send the CSV file itself as the body (Content-Type: text/csv)", {
      body: "must be the CSV file (Content-Type text/csv)",
    });
  }
  await next();
};

const idParam = z.strictObject({ id: idSchema });

const listQuery = z.strictObject({
  company: optionalText(200),
  level: optionalText(80),
});

const importQuery = z.strictObject({
  dryRun: z.enum(["true", "false"], { error: "must be true or false" }).optional(),
  /** The currency of rows that name none. */
  currency: currencySchema.optional(),
});

export const marketRoutes = new Hono<AppEnv>()
  .get("/", valid("query", listQuery), async (c) => {
    const { company, level } = c.req.valid("query");
    const filter = { company: company ?? undefined, level: level ?? undefined };
    return c.json({ points: await market.list(c.var.deps.database.db, c.var.userId, filter) });
  })
  .post("/", valid("json", compDataPointInputSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const point = await market.create(database.db, c.var.userId, c.req.valid("json"), clock.now());
    return c.json({ point }, 201);
  })
  .post("/import", fileLimit, requireCsvBody, valid("query", importQuery), async (c) => {
    const { database, clock } = c.var.deps;
    const { dryRun, currency } = c.req.valid("query");
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const options = { dryRun: dryRun === "true", currency };
    return c.json(await market.importCsv(database.db, c.var.userId, bytes, options, clock.now()));
  })
  .delete("/:id", valid("param", idParam), async (c) => {
    await market.remove(c.var.deps.database.db, c.var.userId, c.req.valid("param").id as CompDataPointId);
    return c.body(null, 204);
  });
