import { idSchema, taskInputSchema, taskPatchSchema, taskQuerySchema, type TaskId } from "@loopwise/domain";
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../env.js";
import * as tasks from "../services/tasks.js";
import { valid } from "../validate.js";

const idParam = z.object({ id: idSchema });

export const taskRoutes = new Hono<AppEnv>()
  .get("/", valid("query", taskQuerySchema), async (c) => {
    return c.json({ tasks: await tasks.list(c.var.deps.database.db, c.var.userId, c.req.valid("query")) });
  })
  .post("/", valid("json", taskInputSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const task = await tasks.create(database.db, c.var.userId, c.req.valid("json"), clock.now());
    return c.json({ task }, 201);
  })
  .get("/:id", valid("param", idParam), async (c) => {
    const id = c.req.valid("param").id as TaskId;
    return c.json({ task: await tasks.get(c.var.deps.database.db, c.var.userId, id) });
  })
  .patch("/:id", valid("param", idParam), valid("json", taskPatchSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const id = c.req.valid("param").id as TaskId;
    const task = await tasks.update(database.db, c.var.userId, id, c.req.valid("json"), clock.now());
    return c.json({ task });
  })
  .delete("/:id", valid("param", idParam), async (c) => {
    await tasks.remove(c.var.deps.database.db, c.var.userId, c.req.valid("param").id as TaskId);
    return c.body(null, 204);
  });
