import { offerPreferencesSchema } from "@loopwise/domain";
import { Hono } from "hono";
import type { AppEnv } from "../env.js";
import * as preferences from "../services/offer-preferences.js";
import { valid } from "../validate.js";

/** The decision weights and comparison currency: `{ preferences: OfferPreferences }`. */
export const offerPreferenceRoutes = new Hono<AppEnv>()
  .get("/", async (c) => {
    return c.json({ preferences: await preferences.get(c.var.deps.database.db, c.var.userId) });
  })
  .put("/", valid("json", offerPreferencesSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const saved = await preferences.save(database.db, c.var.userId, c.req.valid("json"), clock.now());
    return c.json({ preferences: saved });
  });
