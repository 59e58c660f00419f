import { Select } from "@mantine/core";
import { useMemo } from "react";
import { useApplicationList } from "../../api/use-applications";
import { applicationName } from "../../components/application-name";

const OPEN_APPLICATIONS = { archived: "exclude", sort: "company", limit: "5000" } as const;

interface Props {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
  disabled?: boolean;
}

/** A searchable pick of the user's applications (archived ones left out), named "Company — Role". */
export function ApplicationSelect({ value, onChange, error, disabled }: Props) {
  const list = useApplicationList(OPEN_APPLICATIONS);
  const options = useMemo(
    () => (list.data?.applications ?? []).map((a) => ({ value: a.id, label: applicationName(a) })),
    [list.data],
  );
  return (
    <Select
      label="Application"
      placeholder={list.isPending ? "Loading…" : "Company or role"}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      required
      disabled={disabled}
      error={error}
      nothingFoundMessage="No application matches. Add it on the board first."
      comboboxProps={{ withinPortal: true }}
      data-autofocus={disabled ? undefined : true}
    />
  );
}
