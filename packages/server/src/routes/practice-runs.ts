import { runBodySchema } from "@loopwise/domain";
import { Hono } from "hono";
import type { AppEnv } from "../env.js";
import * as runs from "../services/practice-runs.js";
import { valid } from "../validate.js";
import { judgeOf } from "./practice.js";

/** GET /api/languages: `LanguagesAnswer`, what runs here and how isolated. */
export const languageRoutes = new Hono<AppEnv>().get("/", async (c) => c.json(await runs.languages(judgeOf(c))));

/**
 * POST /api/runs: `RunAnswer`. A full queue is a 429 with Retry-After (the error boundary sets it);
 * a server that must not run code without a sandbox answers 503 and says why.
 */
export const runRoutes = new Hono<AppEnv>().post("/", valid("json", runBodySchema), async (c) => {
  const { database, clock } = c.var.deps;
  try {
    return c.json(await runs.run(database.db, c.var.userId, judgeOf(c), c.req.valid("json"), clock.now()));
  } catch (error) {
    if (!(error instanceof runs.RunsRefused)) throw error;
    return c.json({ error: { code: "unavailable", message: error.warning } }, 503);
  }
});
