import type { ExportTables } from "@loopwise/domain";
import ICAL from "ical.js";

/**
 * Contacts as vCard 4.0 (RFC 6350), one VCARD each: FN, ORG, TITLE, EMAIL, TEL, URL, NOTE.
 * ical.js writes the text escaping (commas, semicolons, backslashes, newlines) and folds long
 * lines; the contact's id is its UID, so an address book that re-imports the file can match.
 */
export function contactsVcard(tables: ExportTables): string {
  const companies = new Map(tables.companies.map((c) => [c.id, c.name]));
  return tables.contacts
    .map((contact) => {
      const card = new ICAL.Component("vcard");
      card.addPropertyWithValue("version", "4.0");
      card.addPropertyWithValue("uid", `urn:uuid:${contact.id}`);
      card.addPropertyWithValue("fn", contact.name);
      const company = contact.companyId ? companies.get(contact.companyId) : undefined;
      if (company) {
        // ORG is structured (name;unit;...): one component, so a semicolon in the name is escaped.
        const org = new ICAL.Property("org", card);
        org.setValue([company] as unknown as string);
        card.addProperty(org);
      }
      if (contact.title) card.addPropertyWithValue("title", contact.title);
      if (contact.email) card.addPropertyWithValue("email", contact.email);
      if (contact.phone) {
        // As typed, not a tel: URI: people write numbers with spaces, extensions and notes.
        const tel = new ICAL.Property("tel", card);
        tel.resetType("text");
        tel.setValue(contact.phone);
        card.addProperty(tel);
      }
      if (contact.profileUrl) card.addPropertyWithValue("url", contact.profileUrl);
      const note = [contact.howWeMet && `How we met: ${contact.howWeMet}`, contact.notes].filter(Boolean).join("\n\n");
      if (note) card.addPropertyWithValue("note", note);
      return card.toString() + "\r\n";
    })
    .join("");
}
