import {
  contactLinks,
  createContact,
  deleteContact,
  getContact,
  listContacts,
  updateContact,
  type Db,
} from "@loopwise/db";
import type { Contact, ContactId, ContactInput, ContactPatch, ContactQuery, UserId } from "@loopwise/domain";
import { toContact, toContactSummary } from "./contacts-dto.js";

export async function list(db: Db, userId: UserId, query: ContactQuery) {
  return (await listContacts(db, userId, query)).map(toContactSummary);
}

/** The contact with the applications it is linked to. */
export async function get(db: Db, userId: UserId, id: ContactId): Promise<Contact> {
  const row = await getContact(db, userId, id);
  return toContact(row, await contactLinks(db, userId, id));
}

export async function create(db: Db, userId: UserId, input: ContactInput, now: Date): Promise<Contact> {
  const id = await createContact(db, userId, input, now.toISOString());
  return get(db, userId, id);
}

export async function update(db: Db, userId: UserId, id: ContactId, patch: ContactPatch, now: Date): Promise<Contact> {
  await updateContact(db, userId, id, patch, now.toISOString());
  return get(db, userId, id);
}

export async function remove(db: Db, userId: UserId, id: ContactId): Promise<void> {
  await deleteContact(db, userId, id);
}
