import { Select, Stack } from "@mantine/core";
import { VESTING_PRESETS } from "@loopwise/domain";
import { CustomScheduleEditor } from "./CustomScheduleEditor";
import { PRESET_OPTIONS, type ScheduleChoice, type VestingRow } from "./offer-draft";

interface Props {
  label: string;
  schedule: ScheduleChoice;
  custom: VestingRow[];
  onChange: (schedule: ScheduleChoice, custom: VestingRow[]) => void;
  error?: string | undefined;
}

/** Starts a custom schedule from the preset it replaces, so the user edits rather than types it all. */
function rowsFrom(preset: ScheduleChoice): VestingRow[] {
  if (preset === "custom") return [];
  const { denominator, events } = VESTING_PRESETS[preset];
  const byYear = new Map<number, number>();
  for (const event of events) {
    const month = Math.ceil(event.month / 12) * 12;
    byYear.set(month, (byYear.get(month) ?? 0) + event.parts);
  }
  return [...byYear].map(([month, parts]) => ({
    month,
    percent: Math.round((parts / denominator) * 1_000_000) / 10_000,
  }));
}

export function ScheduleField({ label, schedule, custom, onChange, error }: Props) {
  const description =
    schedule === "custom"
      ? "Month of each vest (12 = first anniversary) and its share of the grant."
      : VESTING_PRESETS[schedule].description;
  return (
    <Stack gap={6}>
      <Select
        label={label}
        data={PRESET_OPTIONS}
        value={schedule}
        allowDeselect={false}
        description={description}
        error={schedule === "custom" ? undefined : error}
        onChange={(value) => {
          if (!value) return;
          const next = value as ScheduleChoice;
          onChange(next, next === "custom" && custom.length === 0 ? rowsFrom(schedule) : custom);
        }}
        comboboxProps={{ withinPortal: true }}
      />
      {schedule === "custom" && (
        <CustomScheduleEditor rows={custom} onChange={(rows) => onChange("custom", rows)} error={error} />
      )}
    </Stack>
  );
}
