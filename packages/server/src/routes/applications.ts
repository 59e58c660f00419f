import {
  applicationInputSchema,
  applicationPatchSchema,
  applicationQuerySchema,
  idSchema,
  moveSchema,
  type ApplicationId,
  type ApplicationSummary,
} from "@loopwise/domain";
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../env.js";
import * as applications from "../services/applications.js";
import { jsonText } from "../json-text.js";
import { valid } from "../validate.js";

interface ApplicationList {
  applications: ApplicationSummary[];
  total: number;
}

const idParam = z.object({ id: idSchema });

export const applicationRoutes = new Hono<AppEnv>()
  .get("/", valid("query", applicationQuerySchema), async (c) => {
    const { database, clock } = c.var.deps;
    const json = await applications.listJson(database.db, c.var.userId, c.req.valid("query"), clock.now());
    return jsonText<ApplicationList>(c, json);
  })
  .post("/", valid("json", applicationInputSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const application = await applications.create(database.db, c.var.userId, c.req.valid("json"), clock.now());
    return c.json({ application }, 201);
  })
  .get("/:id", valid("param", idParam), async (c) => {
    const { database, clock } = c.var.deps;
    const id = c.req.valid("param").id as ApplicationId;
    return c.json({ application: await applications.get(database.db, c.var.userId, id, clock.now()) });
  })
  .patch("/:id", valid("param", idParam), valid("json", applicationPatchSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const id = c.req.valid("param").id as ApplicationId;
    const application = await applications.update(database.db, c.var.userId, id, c.req.valid("json"), clock.now());
    return c.json({ application });
  })
  .delete("/:id", valid("param", idParam), async (c) => {
    await applications.remove(c.var.deps.database.db, c.var.userId, c.req.valid("param").id as ApplicationId);
    return c.body(null, 204);
  })
  .post("/:id/move", valid("param", idParam), valid("json", moveSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const id = c.req.valid("param").id as ApplicationId;
    const application = await applications.move(database.db, c.var.userId, id, c.req.valid("json"), clock.now());
    return c.json({ application });
  })
  .get("/:id/history", valid("param", idParam), async (c) => {
    const id = c.req.valid("param").id as ApplicationId;
    return c.json({ history: await applications.history(c.var.deps.database.db, c.var.userId, id) });
  });
