import { createOutreach, deleteOutreach, getOutreach, listOutreach, updateOutreach, type Db } from "@loopwise/db";
import {
  Invalid,
  type ContactId,
  type Outreach,
  type OutreachId,
  type OutreachInput,
  type OutreachPatch,
  type UserId,
} from "@loopwise/domain";
import { toOutreach } from "./contacts-dto.js";

export async function list(db: Db, userId: UserId, contactId: ContactId): Promise<Outreach[]> {
  return (await listOutreach(db, userId, contactId)).map(toOutreach);
}

export async function create(
  db: Db,
  userId: UserId,
  contactId: ContactId,
  input: OutreachInput,
  now: Date,
): Promise<Outreach> {
  return toOutreach(await createOutreach(db, userId, contactId, input, now.toISOString()));
}

/**
 * Changes an entry. The follow-up may not come before the outreach, checked against what is stored
 * for the half the patch leaves alone. A new follow-up date reopens a follow-up marked done.
 */
export async function update(
  db: Db,
  userId: UserId,
  contactId: ContactId,
  id: OutreachId,
  patch: OutreachPatch,
  now: Date,
): Promise<Outreach> {
  return db.transaction(async (tx) => {
    const stored = await getOutreach(tx, userId, contactId, id, true);
    const on = patch.on ?? stored.on;
    const followUpOn = patch.followUpOn !== undefined ? patch.followUpOn : stored.followUpOn;
    if (followUpOn !== null && followUpOn < on) {
      const [field, message] =
        patch.followUpOn !== undefined
          ? ["followUpOn", `must not be before the outreach date (${on})`]
          : ["on", `must not be after the follow-up date (${followUpOn})`];
      throw new Invalid(`Invalid body: ${field} ${message}`, { [field]: message });
    }
    const reopened = patch.followUpOn != null && patch.followUpOn !== stored.followUpOn;
    const values = reopened && patch.followUpDone === undefined ? { ...patch, followUpDone: false } : patch;
    return toOutreach(await updateOutreach(tx, userId, contactId, id, values, now.toISOString()));
  });
}

export async function remove(db: Db, userId: UserId, contactId: ContactId, id: OutreachId): Promise<void> {
  await deleteOutreach(db, userId, contactId, id);
}
