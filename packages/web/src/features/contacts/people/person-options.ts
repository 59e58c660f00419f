import type { ContactSummary } from "@loopwise/domain";

/** The value of the "create a new contact" option. */
export const NEW_PERSON = "__new__";

export const newPersonLabel = (name: string) => `Create “${name}”`;

/**
 * The picker's options: every contact (with their company, to tell namesakes apart), and, when the
 * typed text names no one exactly, an option that creates a contact of that name.
 */
export function personOptions(contacts: readonly ContactSummary[], typed: string) {
  const options: { value: string; label: string }[] = contacts.map((c) => ({
    value: c.id,
    label: c.companyName ? `${c.name} · ${c.companyName}` : c.name,
  }));
  const name = typed.trim();
  const lower = name.toLowerCase();
  const taken =
    contacts.some((c) => c.name.toLowerCase() === lower) || options.some((o) => o.label.toLowerCase() === lower);
  if (name && !taken) options.push({ value: NEW_PERSON, label: newPersonLabel(name) });
  return options;
}
