import { todayQuerySchema } from "@loopwise/domain";
import { Hono } from "hono";
import type { AppEnv } from "../env.js";
import * as today from "../services/today.js";
import { valid } from "../validate.js";

export const todayRoutes = new Hono<AppEnv>().get("/", valid("query", todayQuerySchema), async (c) => {
  const { database, clock } = c.var.deps;
  return c.json(await today.agenda(database.db, c.var.userId, c.req.valid("query").tz, clock.now()));
});
