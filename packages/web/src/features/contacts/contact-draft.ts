import type { Contact, ContactInput } from "@loopwise/domain";

/** The contact form's values as its inputs hold them: text, with "" for nothing. */
export interface ContactDraft {
  name: string;
  title: string;
  companyId: string | null;
  email: string;
  phone: string;
  profileUrl: string;
  howWeMet: string;
  notes: string;
}
export type ContactDraftKey = keyof ContactDraft;

export const CONTACT_FIELD_LABELS: Record<ContactDraftKey, string> = {
  name: "Name",
  title: "Title",
  companyId: "Company",
  email: "Email",
  phone: "Phone",
  profileUrl: "Profile URL",
  howWeMet: "How you know them",
  notes: "Notes",
};

export function toContactDraft(contact?: Contact, companyId: string | null = null): ContactDraft {
  return {
    name: contact?.name ?? "",
    title: contact?.title ?? "",
    companyId: contact ? contact.companyId : companyId,
    email: contact?.email ?? "",
    phone: contact?.phone ?? "",
    profileUrl: contact?.profileUrl ?? "",
    howWeMet: contact?.howWeMet ?? "",
    notes: contact?.notes ?? "",
  };
}

const orNull = (text: string) => text.trim() || null;

/** What the API is sent: every field, trimmed, empty ones as null. */
export function toContactInput(draft: ContactDraft): ContactInput {
  return {
    name: draft.name.trim(),
    title: orNull(draft.title),
    companyId: draft.companyId,
    email: orNull(draft.email),
    phone: orNull(draft.phone),
    profileUrl: orNull(draft.profileUrl),
    howWeMet: orNull(draft.howWeMet),
    notes: orNull(draft.notes),
  };
}

/** True when saving the draft would change nothing. */
export function sameContactDraft(a: ContactDraft, b: ContactDraft): boolean {
  const x = toContactInput(a);
  const y = toContactInput(b);
  return (Object.keys(x) as (keyof ContactInput)[]).every((key) => x[key] === y[key]);
}
