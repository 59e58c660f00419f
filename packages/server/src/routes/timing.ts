import {
  idSchema,
  planInputSchema,
  timingOverridesBodySchema,
  timingPlanQuerySchema,
  timingSettingsBodySchema,
  type ApplicationId,
} from "@loopwise/domain";
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../env.js";
import * as timing from "../services/timing.js";
import { valid } from "../validate.js";

const idParam = z.object({ id: idSchema });

/** The timing planner under /api/timing: the pure planner, the user's own plan, and its constraints. */
export const timingRoutes = new Hono<AppEnv>()
  .post("/plan", valid("json", planInputSchema), (c) => c.json({ plan: timing.plan(c.req.valid("json")) }))
  .get("/plan", valid("query", timingPlanQuerySchema), async (c) => {
    const { database, clock } = c.var.deps;
    return c.json(await timing.userPlan(database.db, c.var.userId, c.req.valid("query"), clock.now()));
  })
  .get("/settings", async (c) => {
    return c.json({ constraints: await timing.getSettings(c.var.deps.database.db, c.var.userId) });
  })
  .put("/settings", valid("json", timingSettingsBodySchema), async (c) => {
    const { database, clock } = c.var.deps;
    const body = c.req.valid("json");
    const constraints = await timing.saveSettings(database.db, c.var.userId, body.constraints, clock.now());
    return c.json({ constraints });
  });

/** One application's timing overrides, under /api/applications: `{ overrides: PlanOverrides | null }`. */
export const timingOverrideRoutes = new Hono<AppEnv>()
  .get("/:id/timing-overrides", valid("param", idParam), async (c) => {
    const id = c.req.valid("param").id as ApplicationId;
    return c.json({ overrides: await timing.getOverrides(c.var.deps.database.db, c.var.userId, id) });
  })
  .put("/:id/timing-overrides", valid("param", idParam), valid("json", timingOverridesBodySchema), async (c) => {
    const { database, clock } = c.var.deps;
    const id = c.req.valid("param").id as ApplicationId;
    const overrides = await timing.saveOverrides(
      database.db,
      c.var.userId,
      id,
      c.req.valid("json").overrides,
      clock.now(),
    );
    return c.json({ overrides });
  });
