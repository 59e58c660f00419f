import {
  deleteOffer,
  getApplication,
  getOffer,
  insertOffer,
  listOffers,
  moveApplication,
  offerIdOfApplication,
  setOfferDeadline,
  updateOffer,
  type Db,
  type OfferValues,
} from "@loopwise/db";
import {
  Conflict,
  isClosedStage,
  type ApplicationId,
  type OfferId,
  type OfferInput,
  type OfferPatch,
  type Stage,
  type UserId,
} from "@loopwise/domain";
import { toOffer } from "./offers-dto.js";

/** Stages a newly recorded offer moves the card out of: every open stage before Offer, and the closed ones. */
const BEFORE_OFFER: readonly Stage[] = ["interested", "applied", "recruiter_screen", "technical_screen", "onsite"];

export async function list(db: Db, userId: UserId) {
  return (await listOffers(db, userId)).map(toOffer);
}

export async function get(db: Db, userId: UserId, id: OfferId) {
  return toOffer(await getOffer(db, userId, id));
}

/**
 * Records an offer in one transaction: the offer, the application's deadline when given, and the
 * card's move to the Offer stage (with its history row) unless it is already at Offer or Accepted.
 */
export async function create(db: Db, userId: UserId, input: OfferInput, now: Date) {
  const at = now.toISOString();
  const applicationId = input.applicationId as ApplicationId;
  const id = await db.transaction(async (tx) => {
    const application = await getApplication(tx, userId, applicationId);
    if (await offerIdOfApplication(tx, userId, applicationId)) {
      throw new Conflict(
        `${application.companyName} — ${application.roleTitle} already has an offer; edit that one instead`,
      );
    }
    const id = await insertOffer(tx, userId, applicationId, { ...offerValues(input), comp: input.comp }, at);
    if (input.deadline !== undefined) await setOfferDeadline(tx, userId, applicationId, input.deadline, at);
    const stage = application.stage as Stage;
    if (BEFORE_OFFER.includes(stage) || isClosedStage(stage)) {
      await moveApplication(tx, userId, applicationId, { stage: "offer" }, at);
    }
    return id;
  });
  return get(db, userId, id);
}

/**
 * Changes an offer; `deadline` writes the application's (null clears it), and accepting the offer
 * moves the card to Accepted. `comp`, when sent, replaces the whole compensation.
 */
export async function update(db: Db, userId: UserId, id: OfferId, patch: OfferPatch, now: Date) {
  const at = now.toISOString();
  await db.transaction(async (tx) => {
    const existing = await getOffer(tx, userId, id);
    const applicationId = existing.applicationId as ApplicationId;
    await updateOffer(tx, userId, id, offerValues(patch), at);
    if (patch.deadline !== undefined) await setOfferDeadline(tx, userId, applicationId, patch.deadline, at);
    if (patch.status === "accepted" && existing.stage !== "accepted") {
      await moveApplication(tx, userId, applicationId, { stage: "accepted" }, at);
    }
  });
  return get(db, userId, id);
}

/** Deletes the offer and its negotiation log; the card keeps its stage and deadline. */
export async function remove(db: Db, userId: UserId, id: OfferId) {
  await deleteOffer(db, userId, id);
}

/** The offer's own columns from an input or patch: not what was left out, nor what lives on the application. */
function offerValues(fields: OfferInput | OfferPatch): Partial<OfferValues> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && key !== "applicationId" && key !== "deadline") values[key] = value;
  }
  return values as Partial<OfferValues>;
}
