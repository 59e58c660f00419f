import { analyticsQuerySchema } from "@loopwise/domain";
import { Hono } from "hono";
import type { AppEnv } from "../env.js";
import * as analytics from "../services/analytics.js";
import { valid } from "../validate.js";

export const analyticsRoutes = new Hono<AppEnv>().get("/", valid("query", analyticsQuerySchema), async (c) => {
  const { database, clock } = c.var.deps;
  return c.json(await analytics.report(database.db, c.var.userId, c.req.valid("query"), clock.now()));
});
