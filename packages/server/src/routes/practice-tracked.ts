import {
  idSchema,
  trackedAttemptInputSchema,
  trackedProblemInputSchema,
  trackedProblemPatchSchema,
  type TrackedProblemId,
} from "@loopwise/domain";
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../env.js";
import * as tracked from "../services/practice-tracked.js";
import { valid } from "../validate.js";

const idParam = z.strictObject({ id: idSchema });

/**
 * Problems tracked from other sites, under /api/tracked-problems. Answers: `{ trackedProblems: TrackedProblem[] }`,
 * `{ trackedProblem: TrackedProblem }`, `{ attempt: TrackedAttempt }`, `{ attempts: TrackedAttempt[] }`.
 */
export const trackedProblemRoutes = new Hono<AppEnv>()
  .get("/", async (c) => c.json({ trackedProblems: await tracked.list(c.var.deps.database.db, c.var.userId) }))
  .post("/", valid("json", trackedProblemInputSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const trackedProblem = await tracked.create(database.db, c.var.userId, c.req.valid("json"), clock.now());
    return c.json({ trackedProblem }, 201);
  })
  .patch("/:id", valid("param", idParam), valid("json", trackedProblemPatchSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const id = c.req.valid("param").id as TrackedProblemId;
    const trackedProblem = await tracked.update(database.db, c.var.userId, id, c.req.valid("json"), clock.now());
    return c.json({ trackedProblem });
  })
  .delete("/:id", valid("param", idParam), async (c) => {
    await tracked.remove(c.var.deps.database.db, c.var.userId, c.req.valid("param").id as TrackedProblemId);
    return c.body(null, 204);
  })
  .get("/:id/attempts", valid("param", idParam), async (c) => {
    const id = c.req.valid("param").id as TrackedProblemId;
    return c.json({ attempts: await tracked.attempts(c.var.deps.database.db, c.var.userId, id) });
  })
  .post("/:id/attempts", valid("param", idParam), valid("json", trackedAttemptInputSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const id = c.req.valid("param").id as TrackedProblemId;
    const attempt = await tracked.logAttempt(database.db, c.var.userId, id, c.req.valid("json"), clock.now());
    return c.json({ attempt }, 201);
  });
