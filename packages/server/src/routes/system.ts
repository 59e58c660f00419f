import { timeZoneSchema } from "@loopwise/domain";
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../env.js";
import { loadSample } from "../services/sample.js";
import { valid } from "../validate.js";

/** The user's zone, so the sample's "due today" is today where the user is. */
const sampleQuery = z.strictObject({ tz: timeZoneSchema.optional() });

export const systemRoutes = new Hono<AppEnv>()
  .get("/health", (c) => {
    const { version, database } = c.var.deps;
    return c.json({ ok: true as const, version, database: database.kind });
  })
  .post("/sample", valid("query", sampleQuery), async (c) => {
    const { database, clock, random } = c.var.deps;
    const { tz = "UTC" } = c.req.valid("query");
    return c.json(await loadSample(database.db, c.var.userId, clock.now(), random, tz), 201);
  });
