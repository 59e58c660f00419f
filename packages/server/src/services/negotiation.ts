import {
  deleteNegotiationEvent,
  getOffer,
  insertNegotiationEvent,
  listNegotiationEvents,
  updateNegotiationEvent,
  updateOffer,
  type Db,
} from "@loopwise/db";
import type {
  NegotiationEventId,
  NegotiationEventInput,
  NegotiationEventPatch,
  OfferId,
  OfferStatus,
  UserId,
} from "@loopwise/domain";
import { toNegotiationEvent } from "./offers-dto.js";

export async function list(db: Db, userId: UserId, offerId: OfferId) {
  await getOffer(db, userId, offerId);
  return (await listNegotiationEvents(db, userId, offerId)).map(toNegotiationEvent);
}

/**
 * Logs an exchange. When new numbers came back (`after`), in one transaction: the event keeps the
 * offer's comp before and after, and the offer takes the new comp. An ask, a counter or new
 * numbers on an open offer mark it as negotiating.
 */
export async function create(db: Db, userId: UserId, offerId: OfferId, input: NegotiationEventInput, now: Date) {
  const at = now.toISOString();
  const row = await db.transaction(async (tx) => {
    const offer = await getOffer(tx, userId, offerId);
    const { after, ...fields } = input;
    const moved = after !== undefined && after !== null;
    const event = await insertNegotiationEvent(
      tx,
      userId,
      offerId,
      { ...fields, before: moved ? offer.comp : null, after: moved ? after : null },
      at,
    );
    const negotiating = moved || input.kind === "ask" || input.kind === "counter";
    const status: OfferStatus | undefined = negotiating && offer.status === "open" ? "negotiating" : undefined;
    if (moved || status) {
      await updateOffer(tx, userId, offerId, { ...(moved ? { comp: after } : {}), ...(status ? { status } : {}) }, at);
    }
    return event;
  });
  return toNegotiationEvent(row);
}

/** Changes what was said and when; the numbers of an event are history and stay as logged. */
export async function update(
  db: Db,
  userId: UserId,
  offerId: OfferId,
  id: NegotiationEventId,
  patch: NegotiationEventPatch,
  now: Date,
) {
  return toNegotiationEvent(await updateNegotiationEvent(db, userId, offerId, id, patch, now.toISOString()));
}

/** Removes an event from the log; the offer's comp stays as it is (deleting history does not undo it). */
export async function remove(db: Db, userId: UserId, offerId: OfferId, id: NegotiationEventId) {
  await deleteNegotiationEvent(db, userId, offerId, id);
}
