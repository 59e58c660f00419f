import type { Contact } from "@loopwise/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CONTACT_FIELD_LABELS,
  sameContactDraft,
  toContactDraft,
  toContactInput,
  type ContactDraft,
} from "../src/features/contacts/contact-draft";

const contact = {
  id: "6f1c4f0e-8c3b-4c3e-9a56-2f7e0b7d8a11",
  name: "Ana Lima",
  title: "Engineering Manager",
  companyId: "0b1e6f6e-3a59-4f0c-9d2c-8f3b8c1e4a22",
  companyName: "Acme",
  email: "ana@acme.example",
  phone: null,
  profileUrl: "https://www.linkedin.com/in/ana",
  howWeMet: null,
  roles: [],
  lastOutreachOn: null,
  nextFollowUpOn: null,
  createdAt: "2025-03-01T10:00:00.000Z",
  updatedAt: "2025-03-01T10:00:00.000Z",
  notes: "Met at the Berlin Go meetup",
  links: [],
} as unknown as Contact;

describe("the contact form's draft", () => {
  it("starts empty, with the company it was opened from", () => {
    expect(toContactDraft()).toEqual({
      name: "",
      title: "",
      companyId: null,
      email: "",
      phone: "",
      profileUrl: "",
      howWeMet: "",
      notes: "",
    });
    expect(toContactDraft(undefined, "c-1").companyId).toBe("c-1");
  });

  it("holds a contact's fields as text, and its own company over the one given", () => {
    const draft = toContactDraft(contact, "another-company");
    expect(draft).toMatchObject({ name: "Ana Lima", companyId: contact.companyId, phone: "", howWeMet: "" });
    expect(toContactDraft({ ...contact, companyId: null }, "another-company").companyId).toBeNull();
  });

  it("sends every field trimmed, and empty or blank ones as null", () => {
    const draft: ContactDraft = {
      ...toContactDraft(contact),
      name: "  Ana Lima ",
      title: "   ",
      email: " ana@acme.example\n",
      notes: "",
    };
    expect(toContactInput(draft)).toEqual({
      name: "Ana Lima",
      title: null,
      companyId: contact.companyId,
      email: "ana@acme.example",
      phone: null,
      profileUrl: "https://www.linkedin.com/in/ana",
      howWeMet: null,
      notes: null,
    });
  });

  it("gives back what a contact holds when nothing is edited", () => {
    const { name, title, companyId, email, phone, profileUrl, howWeMet, notes } = contact;
    expect(toContactInput(toContactDraft(contact))).toEqual({
      name,
      title,
      companyId,
      email,
      phone,
      profileUrl,
      howWeMet,
      notes,
    });
  });

  it("counts only changes that saving would send as changes", () => {
    const saved = toContactDraft(contact);
    expect(sameContactDraft(saved, { ...saved, name: "Ana Lima  ", phone: "  " })).toBe(true);
    expect(sameContactDraft(saved, { ...saved, phone: "+49 30 1234" })).toBe(false);
    expect(sameContactDraft(saved, { ...saved, companyId: null })).toBe(false);
    expect(sameContactDraft(saved, { ...saved, notes: "" })).toBe(false);
  });

  it("is the same as itself after any padding with spaces, and different after any real edit", () => {
    const keys = Object.keys(CONTACT_FIELD_LABELS).filter((key) => key !== "companyId") as Exclude<
      keyof ContactDraft,
      "companyId"
    >[];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.string({ minLength: 1, maxLength: 20 }), (key, text) => {
        const saved = toContactDraft(contact);
        expect(sameContactDraft(saved, { ...saved, [key]: `  ${saved[key]} ` })).toBe(true);
        const edited = { ...saved, [key]: saved[key] + text };
        expect(sameContactDraft(saved, edited)).toBe(text.trim() === "");
      }),
    );
  });

  it("labels every field", () => {
    expect(Object.keys(CONTACT_FIELD_LABELS).sort()).toEqual(Object.keys(toContactDraft()).sort());
  });
});
