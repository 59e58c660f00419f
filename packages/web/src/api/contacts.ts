import type {
  ApplicationContact,
  ApplicationContactInput,
  Contact,
  ContactInput,
  ContactPatch,
  ContactSummary,
  Outreach,
  OutreachInput,
  OutreachPatch,
  ReferralStatus,
} from "@loopwise/domain";
import { api, unwrap } from "./client";

/** The query string of GET /api/contacts, as the client sends it. */
export interface ContactListQuery {
  q?: string;
  companyId?: string;
}

/** Cache keys: everything about people starts with "contacts", so one invalidation refreshes it all. */
export const contactKeys = {
  all: ["contacts"] as const,
  list: (query: ContactListQuery) => ["contacts", "list", query] as const,
  detail: (id: string) => ["contacts", "detail", id] as const,
  outreach: (id: string) => ["contacts", "outreach", id] as const,
  ofApplication: (applicationId: string) => ["contacts", "application", applicationId] as const,
};

export async function fetchContacts(query: ContactListQuery): Promise<ContactSummary[]> {
  return (await unwrap<{ contacts: ContactSummary[] }>(api.contacts.$get({ query }))).contacts;
}

export async function fetchContact(id: string): Promise<Contact> {
  return (await unwrap<{ contact: Contact }>(api.contacts[":id"].$get({ param: { id } }))).contact;
}

export async function createContact(input: ContactInput): Promise<Contact> {
  return (await unwrap<{ contact: Contact }>(api.contacts.$post({ json: input }))).contact;
}

export async function updateContact(id: string, patch: ContactPatch): Promise<Contact> {
  return (await unwrap<{ contact: Contact }>(api.contacts[":id"].$patch({ param: { id }, json: patch }))).contact;
}

export async function deleteContact(id: string): Promise<void> {
  await unwrap<void>(api.contacts[":id"].$delete({ param: { id } }));
}

export async function fetchOutreach(contactId: string): Promise<Outreach[]> {
  const call = api.contacts[":id"].outreach.$get({ param: { id: contactId } });
  return (await unwrap<{ outreach: Outreach[] }>(call)).outreach;
}

export async function addOutreach(contactId: string, input: OutreachInput): Promise<Outreach> {
  const call = api.contacts[":id"].outreach.$post({ param: { id: contactId }, json: input });
  return (await unwrap<{ entry: Outreach }>(call)).entry;
}

export async function updateOutreach(contactId: string, outreachId: string, patch: OutreachPatch): Promise<Outreach> {
  const call = api.contacts[":id"].outreach[":outreachId"].$patch({
    param: { id: contactId, outreachId },
    json: patch,
  });
  return (await unwrap<{ entry: Outreach }>(call)).entry;
}

export async function deleteOutreach(contactId: string, outreachId: string): Promise<void> {
  await unwrap<void>(api.contacts[":id"].outreach[":outreachId"].$delete({ param: { id: contactId, outreachId } }));
}

export async function fetchApplicationContacts(applicationId: string): Promise<ApplicationContact[]> {
  const call = api.applications[":id"].contacts.$get({ param: { id: applicationId } });
  return (await unwrap<{ links: ApplicationContact[] }>(call)).links;
}

export async function linkContact(applicationId: string, input: ApplicationContactInput): Promise<ApplicationContact> {
  const call = api.applications[":id"].contacts.$post({ param: { id: applicationId }, json: input });
  return (await unwrap<{ link: ApplicationContact }>(call)).link;
}

export async function setReferralStatus(
  applicationId: string,
  linkId: string,
  referralStatus: ReferralStatus,
): Promise<ApplicationContact> {
  const call = api.applications[":id"].contacts[":linkId"].$patch({
    param: { id: applicationId, linkId },
    json: { referralStatus },
  });
  return (await unwrap<{ link: ApplicationContact }>(call)).link;
}

export async function unlinkContact(applicationId: string, linkId: string): Promise<void> {
  await unwrap<void>(api.applications[":id"].contacts[":linkId"].$delete({ param: { id: applicationId, linkId } }));
}
