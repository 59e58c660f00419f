import { Autocomplete, Badge } from "@mantine/core";
import { IconBuildingSkyscraper } from "@tabler/icons-react";
import { useCompanies } from "../../api/use-companies";

interface Props {
  value: string;
  onChange: (name: string) => void;
  error?: string;
  autoFocus?: boolean;
}

/** The company by name: pick an existing one or type a new one (the server reuses a name it knows). */
export function CompanyNameInput({ value, onChange, error, autoFocus }: Props) {
  const companies = useCompanies();
  const names = [...new Set((companies.data ?? []).map((c) => c.name))].sort((a, b) => a.localeCompare(b));
  const trimmed = value.trim().toLowerCase();
  const isNew = trimmed !== "" && companies.data !== undefined && !names.some((n) => n.toLowerCase() === trimmed);
  return (
    <Autocomplete
      label="Company"
      placeholder="Acme, or a new company"
      required
      data={names}
      value={value}
      onChange={onChange}
      error={error}
      limit={10}
      openOnFocus={false}
      autoFocus={autoFocus}
      data-autofocus={autoFocus || undefined}
      leftSection={<IconBuildingSkyscraper size={16} />}
      rightSection={
        isNew ? (
          <Badge size="xs" variant="light">
            New
          </Badge>
        ) : undefined
      }
      rightSectionWidth={isNew ? 48 : undefined}
      rightSectionPointerEvents="none"
    />
  );
}

/** The id of an existing company with this name (case-insensitive), if any. */
export function findCompanyId(companies: { id: string; name: string }[] | undefined, name: string): string | undefined {
  const wanted = name.trim().toLowerCase();
  return companies?.find((c) => c.name.toLowerCase() === wanted)?.id;
}
