import { Select } from "@mantine/core";
import { IconWorld } from "@tabler/icons-react";
import { useMemo } from "react";
import { timeZoneNames } from "./interview-time";

interface Props {
  value: string;
  onChange: (zone: string) => void;
  error?: string | undefined;
}

/** Every IANA zone the browser knows, searchable ("berlin", "new_york"). */
export function TimeZoneSelect({ value, onChange, error }: Props) {
  const zones = useMemo(() => timeZoneNames(value), [value]);
  return (
    <Select
      label="Time zone"
      data={zones}
      value={value}
      onChange={(zone) => zone && onChange(zone)}
      searchable
      limit={60}
      leftSection={<IconWorld size={16} />}
      error={error}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
