import type { ContactSummary } from "@loopwise/domain";
import { describe, expect, it } from "vitest";
import { NEW_PERSON, newPersonLabel, personOptions } from "../src/features/contacts/people/person-options";

const person = (id: string, name: string, companyName: string | null = null) =>
  ({ id, name, companyName }) as unknown as ContactSummary;

const contacts = [person("1", "Ana Lima", "Acme"), person("2", "Ana Lima", "Globex"), person("3", "Bo Chen")];

describe("the people picker's options", () => {
  it("lists every contact, with the company to tell namesakes apart", () => {
    expect(personOptions(contacts, "")).toEqual([
      { value: "1", label: "Ana Lima · Acme" },
      { value: "2", label: "Ana Lima · Globex" },
      { value: "3", label: "Bo Chen" },
    ]);
  });

  it("offers to create a contact named as typed, trimmed, when no one has that name", () => {
    const options = personOptions(contacts, "  Zoë O'Brien ");
    expect(options).toHaveLength(4);
    expect(options.at(-1)).toEqual({ value: NEW_PERSON, label: newPersonLabel("Zoë O'Brien") });
    expect(newPersonLabel("Zoë O'Brien")).toBe("Create “Zoë O'Brien”");
  });

  it("offers no new contact for a name or an option already there, in any case, or for blank text", () => {
    for (const typed of ["bo chen", "ANA LIMA", "ana lima · globex", "   ", ""]) {
      expect(personOptions(contacts, typed).some((o) => o.value === NEW_PERSON)).toBe(false);
    }
  });

  it("offers a new contact for a name that only begins like someone's", () => {
    expect(personOptions(contacts, "Ana").at(-1)).toEqual({ value: NEW_PERSON, label: newPersonLabel("Ana") });
    expect(personOptions([], "Ana")).toEqual([{ value: NEW_PERSON, label: newPersonLabel("Ana") }]);
  });
});
