import {
  idSchema,
  interviewInputSchema,
  interviewPatchSchema,
  interviewQuerySchema,
  type InterviewId,
} from "@loopwise/domain";
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../env.js";
import * as interviews from "../services/interviews.js";
import { valid } from "../validate.js";

const idParam = z.object({ id: idSchema });

export const interviewRoutes = new Hono<AppEnv>()
  .get("/", valid("query", interviewQuerySchema), async (c) => {
    const { database, clock } = c.var.deps;
    const query = c.req.valid("query");
    return c.json({ interviews: await interviews.list(database.db, c.var.userId, query, clock.now()) });
  })
  .post("/", valid("json", interviewInputSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const interview = await interviews.create(database.db, c.var.userId, c.req.valid("json"), clock.now());
    return c.json({ interview }, 201);
  })
  .get("/:id", valid("param", idParam), async (c) => {
    const id = c.req.valid("param").id as InterviewId;
    return c.json({ interview: await interviews.get(c.var.deps.database.db, c.var.userId, id) });
  })
  .patch("/:id", valid("param", idParam), valid("json", interviewPatchSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const id = c.req.valid("param").id as InterviewId;
    const interview = await interviews.update(database.db, c.var.userId, id, c.req.valid("json"), clock.now());
    return c.json({ interview });
  })
  .delete("/:id", valid("param", idParam), async (c) => {
    await interviews.remove(c.var.deps.database.db, c.var.userId, c.req.valid("param").id as InterviewId);
    return c.body(null, 204);
  });
