import {
  createApplicationContact,
  deleteApplicationContact,
  getApplicationContact,
  listApplicationContacts,
  setReferralStatus,
  type Db,
} from "@loopwise/db";
import {
  Invalid,
  type ApplicationContact,
  type ApplicationContactInput,
  type ApplicationContactPatch,
  type ApplicationId,
  type UserId,
} from "@loopwise/domain";
import { toApplicationContact } from "./contacts-dto.js";

export async function list(db: Db, userId: UserId, applicationId: ApplicationId): Promise<ApplicationContact[]> {
  return (await listApplicationContacts(db, userId, applicationId)).map(toApplicationContact);
}

/** Links a person in a role; a referrer without a status starts at "to ask". */
export async function link(
  db: Db,
  userId: UserId,
  applicationId: ApplicationId,
  input: ApplicationContactInput,
  now: Date,
): Promise<ApplicationContact> {
  const referralStatus = input.role === "referrer" ? (input.referralStatus ?? "to_ask") : null;
  return db.transaction(async (tx) => {
    const values = { contactId: input.contactId, role: input.role, referralStatus };
    const id = await createApplicationContact(tx, userId, applicationId, values, now.toISOString());
    return toApplicationContact(await getApplicationContact(tx, userId, applicationId, id));
  });
}

/** Only a referrer has a referral status, and a referrer always has one. */
export async function setStatus(
  db: Db,
  userId: UserId,
  applicationId: ApplicationId,
  linkId: string,
  patch: ApplicationContactPatch,
): Promise<ApplicationContact> {
  return db.transaction(async (tx) => {
    const existing = await getApplicationContact(tx, userId, applicationId, linkId);
    if (existing.role !== "referrer") {
      throw new Invalid("Invalid body: referralStatus applies only to a referrer", {
        referralStatus: "applies only to a referrer",
      });
    }
    if (patch.referralStatus === null) {
      throw new Invalid("Invalid body: referralStatus is required for a referrer", {
        referralStatus: "is required for a referrer",
      });
    }
    await setReferralStatus(tx, userId, applicationId, linkId, patch.referralStatus);
    return toApplicationContact(await getApplicationContact(tx, userId, applicationId, linkId));
  });
}

export async function unlink(db: Db, userId: UserId, applicationId: ApplicationId, linkId: string): Promise<void> {
  await deleteApplicationContact(db, userId, applicationId, linkId);
}
