import { MultiSelect } from "@mantine/core";
import { useMemo } from "react";
import { useContacts } from "../../api/use-contacts";

interface Props {
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}

/** Who interviews: a multi-pick of the user's contacts, each named with their company. */
export function InterviewersSelect({ value, onChange, error }: Props) {
  const contacts = useContacts();
  const options = useMemo(
    () =>
      (contacts.data ?? []).map((c) => ({
        value: c.id,
        label: c.companyName ? `${c.name} · ${c.companyName}` : c.name,
      })),
    [contacts.data],
  );
  return (
    <MultiSelect
      label="Interviewers"
      placeholder={value.length ? undefined : contacts.data?.length ? "Pick from your contacts" : "No contacts yet"}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      error={error}
      nothingFoundMessage="No contact matches. Add people on the Contacts page."
      comboboxProps={{ withinPortal: true }}
    />
  );
}
