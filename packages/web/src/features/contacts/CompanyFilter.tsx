import { Select } from "@mantine/core";
import { IconBuildingSkyscraper } from "@tabler/icons-react";
import { useMemo } from "react";
import { useCompanies } from "../../api/use-companies";

/** Narrows the contacts to one company's people; the header search narrows by text. */
export function CompanyFilter({ value, onChange }: { value?: string; onChange: (companyId?: string) => void }) {
  const companies = useCompanies();
  const options = useMemo(() => (companies.data ?? []).map((c) => ({ value: c.id, label: c.name })), [companies.data]);
  return (
    <Select
      aria-label="Show the people of one company"
      placeholder="All companies"
      leftSection={<IconBuildingSkyscraper size={16} />}
      data={options}
      value={value ?? null}
      onChange={(companyId) => onChange(companyId ?? undefined)}
      searchable
      clearable
      w={220}
    />
  );
}
