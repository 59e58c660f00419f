import {
  applicationContactInputSchema,
  applicationContactPatchSchema,
  idSchema,
  type ApplicationId,
} from "@loopwise/domain";
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../env.js";
import * as links from "../services/contacts-links.js";
import { valid } from "../validate.js";

const idParam = z.object({ id: idSchema });
const linkParam = z.object({ id: idSchema, linkId: idSchema });

/** The people on an application, mounted beside the application routes at /api/applications. */
export const applicationContactRoutes = new Hono<AppEnv>()
  .get("/:id/contacts", valid("param", idParam), async (c) => {
    const id = c.req.valid("param").id as ApplicationId;
    return c.json({ links: await links.list(c.var.deps.database.db, c.var.userId, id) });
  })
  .post("/:id/contacts", valid("param", idParam), valid("json", applicationContactInputSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const id = c.req.valid("param").id as ApplicationId;
    const link = await links.link(database.db, c.var.userId, id, c.req.valid("json"), clock.now());
    return c.json({ link }, 201);
  })
  .patch(
    "/:id/contacts/:linkId",
    valid("param", linkParam),
    valid("json", applicationContactPatchSchema),
    async (c) => {
      const { id, linkId } = c.req.valid("param");
      const patch = c.req.valid("json");
      const link = await links.setStatus(c.var.deps.database.db, c.var.userId, id as ApplicationId, linkId, patch);
      return c.json({ link });
    },
  )
  .delete("/:id/contacts/:linkId", valid("param", linkParam), async (c) => {
    const { id, linkId } = c.req.valid("param");
    await links.unlink(c.var.deps.database.db, c.var.userId, id as ApplicationId, linkId);
    return c.body(null, 204);
  });
