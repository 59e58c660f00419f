import {
  companyDeleteQuerySchema,
  companyInputSchema,
  companyPatchSchema,
  idSchema,
  type CompanyId,
} from "@loopwise/domain";
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../env.js";
import * as companies from "../services/companies.js";
import { valid } from "../validate.js";

const idParam = z.object({ id: idSchema });

export const companyRoutes = new Hono<AppEnv>()
  .get("/", async (c) => {
    const { database } = c.var.deps;
    return c.json({ companies: await companies.list(database.db, c.var.userId) });
  })
  .post("/", valid("json", companyInputSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const company = await companies.create(database.db, c.var.userId, c.req.valid("json"), clock.now());
    return c.json({ company }, 201);
  })
  .get("/:id", valid("param", idParam), async (c) => {
    const id = c.req.valid("param").id as CompanyId;
    return c.json({ company: await companies.get(c.var.deps.database.db, c.var.userId, id) });
  })
  .patch("/:id", valid("param", idParam), valid("json", companyPatchSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const id = c.req.valid("param").id as CompanyId;
    const company = await companies.update(database.db, c.var.userId, id, c.req.valid("json"), clock.now());
    return c.json({ company });
  })
  .delete("/:id", valid("param", idParam), valid("query", companyDeleteQuerySchema), async (c) => {
    const id = c.req.valid("param").id as CompanyId;
    await companies.remove(c.var.deps.database.db, c.var.userId, id, c.req.valid("query").cascade ?? false);
    return c.body(null, 204);
  });
