import {
  idSchema,
  negotiationEventInputSchema,
  negotiationEventPatchSchema,
  offerIdParamSchema,
  offerInputSchema,
  offerPatchSchema,
  type NegotiationEventId,
  type OfferId,
} from "@loopwise/domain";
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../env.js";
import * as negotiation from "../services/negotiation.js";
import * as offers from "../services/offers.js";
import { valid } from "../validate.js";

const eventParam = z.strictObject({ id: idSchema, eventId: idSchema });

/**
 * Offers and their negotiation logs. Mounted at /api/offers after the projection routes, which own
 * POST /api/offers/project; nothing here may match that path.
 *
 * Answers: `{ offers: Offer[] }`, `{ offer: Offer }`, `{ events: NegotiationEvent[] }`, `{ event: NegotiationEvent }`.
 */
export const offerRoutes = new Hono<AppEnv>()
  .get("/", async (c) => {
    return c.json({ offers: await offers.list(c.var.deps.database.db, c.var.userId) });
  })
  .post("/", valid("json", offerInputSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const offer = await offers.create(database.db, c.var.userId, c.req.valid("json"), clock.now());
    return c.json({ offer }, 201);
  })
  .get("/:id", valid("param", offerIdParamSchema), async (c) => {
    const id = c.req.valid("param").id as OfferId;
    return c.json({ offer: await offers.get(c.var.deps.database.db, c.var.userId, id) });
  })
  .patch("/:id", valid("param", offerIdParamSchema), valid("json", offerPatchSchema), async (c) => {
    const { database, clock } = c.var.deps;
    const id = c.req.valid("param").id as OfferId;
    const offer = await offers.update(database.db, c.var.userId, id, c.req.valid("json"), clock.now());
    return c.json({ offer });
  })
  .delete("/:id", valid("param", offerIdParamSchema), async (c) => {
    await offers.remove(c.var.deps.database.db, c.var.userId, c.req.valid("param").id as OfferId);
    return c.body(null, 204);
  })
  .get("/:id/negotiation", valid("param", offerIdParamSchema), async (c) => {
    const id = c.req.valid("param").id as OfferId;
    return c.json({ events: await negotiation.list(c.var.deps.database.db, c.var.userId, id) });
  })
  .post(
    "/:id/negotiation",
    valid("param", offerIdParamSchema),
    valid("json", negotiationEventInputSchema),
    async (c) => {
      const { database, clock } = c.var.deps;
      const id = c.req.valid("param").id as OfferId;
      const event = await negotiation.create(database.db, c.var.userId, id, c.req.valid("json"), clock.now());
      return c.json({ event }, 201);
    },
  )
  .patch(
    "/:id/negotiation/:eventId",
    valid("param", eventParam),
    valid("json", negotiationEventPatchSchema),
    async (c) => {
      const { database, clock } = c.var.deps;
      const { id, eventId } = c.req.valid("param");
      const event = await negotiation.update(
        database.db,
        c.var.userId,
        id as OfferId,
        eventId as NegotiationEventId,
        c.req.valid("json"),
        clock.now(),
      );
      return c.json({ event });
    },
  )
  .delete("/:id/negotiation/:eventId", valid("param", eventParam), async (c) => {
    const { id, eventId } = c.req.valid("param");
    await negotiation.remove(c.var.deps.database.db, c.var.userId, id as OfferId, eventId as NegotiationEventId);
    return c.body(null, 204);
  });
