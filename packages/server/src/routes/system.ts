import { Hono } from "hono";
import type { AppEnv } from "../env.js";
import { loadSample } from "../services/sample.js";

export const systemRoutes = new Hono<AppEnv>()
  .get("/health", (c) => {
    const { version, database } = c.var.deps;
    return c.json({ ok: true as const, version, database: database.kind });
  })
  .post("/sample", async (c) => {
    const { database, clock, random } = c.var.deps;
    return c.json(await loadSample(database.db, c.var.userId, clock.now(), random), 201);
  });
