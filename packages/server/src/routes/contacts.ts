import {
  contactInputSchema,
  contactPatchSchema,
  contactQuerySchema,
  idSchema,
  outreachInputSchema,
  outreachPatchSchema,
  type ContactId,
  type OutreachId,
} from "@loopwise/domain";
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../env.js";
import * as contacts from "../services/contacts.js";
import * as outreach from "../services/contacts-outreach.js";
import { valid } from "../validate.js";

const idParam = z.object({ id: idSchema });
const outreachParam = z.object({ id: idSchema, outreachId: idSchema });

export const contactRoutes = new Hono<AppEnv>()
  .get("/", valid("query", contactQuerySchema), async (c) => {
    const { database } = c.var.deps;
    return c.json({ contacts: await contacts.list(database.db, c.var.userId, c.req.valid("query")) });
  })
  .post("/", valid("json", contactInputSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const contact = await contacts.create(database.db, c.var.userId, c.req.valid("json"), clock.now());
    return c.json({ contact }, 201);
  })
  .get("/:id", valid("param", idParam), async (c) => {
    const id = c.req.valid("param").id as ContactId;
    return c.json({ contact: await contacts.get(c.var.deps.database.db, c.var.userId, id) });
  })
  .patch("/:id", valid("param", idParam), valid("json", contactPatchSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const id = c.req.valid("param").id as ContactId;
    const contact = await contacts.update(database.db, c.var.userId, id, c.req.valid("json"), clock.now());
    return c.json({ contact });
  })
  .delete("/:id", valid("param", idParam), async (c) => {
    await contacts.remove(c.var.deps.database.db, c.var.userId, c.req.valid("param").id as ContactId);
    return c.body(null, 204);
  })
  .get("/:id/outreach", valid("param", idParam), async (c) => {
    const id = c.req.valid("param").id as ContactId;
    return c.json({ outreach: await outreach.list(c.var.deps.database.db, c.var.userId, id) });
  })
  .post("/:id/outreach", valid("param", idParam), valid("json", outreachInputSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const id = c.req.valid("param").id as ContactId;
    const entry = await outreach.create(database.db, c.var.userId, id, c.req.valid("json"), clock.now());
    return c.json({ entry }, 201);
  })
  .patch("/:id/outreach/:outreachId", valid("param", outreachParam), valid("json", outreachPatchSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const { id, outreachId } = c.req.valid("param");
    const patch = c.req.valid("json");
    const entry = await outreach.update(
      database.db,
      c.var.userId,
      id as ContactId,
      outreachId as OutreachId,
      patch,
      clock.now(),
    );
    return c.json({ entry });
  })
  .delete("/:id/outreach/:outreachId", valid("param", outreachParam), async (c) => {
    const { id, outreachId } = c.req.valid("param");
    await outreach.remove(c.var.deps.database.db, c.var.userId, id as ContactId, outreachId as OutreachId);
    return c.body(null, 204);
  });
