import { and, asc, eq } from "drizzle-orm";
import { NotFound, type NegotiationEventId, type OfferId, type UserId } from "@loopwise/domain";
import type { Db } from "../database.js";
import { negotiationEvents } from "../schema.js";

export type NegotiationEventRow = typeof negotiationEvents.$inferSelect;

/** The columns a caller may write; identity, owner, offer and stamps are the repository's. */
export type NegotiationEventValues = Omit<
  typeof negotiationEvents.$inferInsert,
  "id" | "userId" | "offerId" | "createdAt" | "updatedAt"
>;

/** An offer's events in the order they happened (by date, then as logged). */
export async function listNegotiationEvents(db: Db, userId: UserId, offerId: OfferId): Promise<NegotiationEventRow[]> {
  return db
    .select()
    .from(negotiationEvents)
    .where(and(eq(negotiationEvents.userId, userId), eq(negotiationEvents.offerId, offerId)))
    .orderBy(asc(negotiationEvents.on), asc(negotiationEvents.createdAt), asc(negotiationEvents.id));
}

export async function getNegotiationEvent(
  db: Db,
  userId: UserId,
  offerId: OfferId,
  id: NegotiationEventId,
): Promise<NegotiationEventRow> {
  const [row] = await db
    .select()
    .from(negotiationEvents)
    .where(and(ownEvent(userId, offerId, id)));
  if (!row) throw new NotFound("No such negotiation event on this offer");
  return row;
}

export async function insertNegotiationEvent(
  db: Db,
  userId: UserId,
  offerId: OfferId,
  values: NegotiationEventValues,
  now: string,
): Promise<NegotiationEventRow> {
  const [row] = await db
    .insert(negotiationEvents)
    .values({ ...values, userId, offerId, createdAt: now, updatedAt: now })
    .returning();
  return row!;
}

export async function updateNegotiationEvent(
  db: Db,
  userId: UserId,
  offerId: OfferId,
  id: NegotiationEventId,
  values: Partial<NegotiationEventValues>,
  now: string,
): Promise<NegotiationEventRow> {
  const [row] = await db
    .update(negotiationEvents)
    .set({ ...values, updatedAt: now })
    .where(ownEvent(userId, offerId, id))
    .returning();
  if (!row) throw new NotFound("No such negotiation event on this offer");
  return row;
}

export async function deleteNegotiationEvent(
  db: Db,
  userId: UserId,
  offerId: OfferId,
  id: NegotiationEventId,
): Promise<void> {
  const [row] = await db
    .delete(negotiationEvents)
    .where(ownEvent(userId, offerId, id))
    .returning({ id: negotiationEvents.id });
  if (!row) throw new NotFound("No such negotiation event on this offer");
}

function ownEvent(userId: UserId, offerId: OfferId, id: NegotiationEventId) {
  return and(
    eq(negotiationEvents.userId, userId),
    eq(negotiationEvents.offerId, offerId),
    eq(negotiationEvents.id, id),
  );
}
