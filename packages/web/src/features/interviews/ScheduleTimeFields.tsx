import { Button, Group, Input, NumberInput, SimpleGrid } from "@mantine/core";
import { DateInput, TimeInput } from "@mantine/dates";
import { IconCalendar, IconClock } from "@tabler/icons-react";
import { QUICK_DURATIONS } from "./interview-time";
import { TimeZoneSelect } from "./TimeZoneSelect";

export interface TimeFieldsValue {
  date: string | null;
  time: string;
  durationMinutes: number;
  timeZone: string;
}

interface Props {
  value: TimeFieldsValue;
  onChange: (changes: Partial<TimeFieldsValue>) => void;
  errors: Record<string, string>;
}

/** When: a date and start time on the clocks of the chosen zone, and how long it lasts. */
export function ScheduleTimeFields({ value, onChange, errors }: Props) {
  return (
    <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
      <DateInput
        label="Date"
        required
        value={value.date}
        onChange={(date) => onChange({ date })}
        valueFormat="ddd, MMM D, YYYY"
        leftSection={<IconCalendar size={16} />}
        error={errors.date}
        popoverProps={{ withinPortal: true }}
      />
      <TimeInput
        label="Start time"
        required
        value={value.time}
        onChange={(e) => onChange({ time: e.currentTarget.value })}
        leftSection={<IconClock size={16} />}
        error={errors.time}
      />
      <Input.Wrapper label="Duration" error={errors.durationMinutes}>
        <Group gap={6} wrap="nowrap" mt={4}>
          <Button.Group>
            {QUICK_DURATIONS.map((minutes) => (
              <Button
                key={minutes}
                size="xs"
                px={8}
                variant={value.durationMinutes === minutes ? "filled" : "default"}
                onClick={() => onChange({ durationMinutes: minutes })}
                aria-pressed={value.durationMinutes === minutes}
              >
                {minutes}
              </Button>
            ))}
          </Button.Group>
          <NumberInput
            aria-label="Duration in minutes"
            size="xs"
            w={92}
            min={5}
            max={1440}
            step={15}
            suffix=" min"
            value={value.durationMinutes}
            onChange={(n) => onChange({ durationMinutes: typeof n === "number" ? n : Number(n) || 0 })}
            error={Boolean(errors.durationMinutes)}
          />
        </Group>
      </Input.Wrapper>
      <TimeZoneSelect value={value.timeZone} onChange={(timeZone) => onChange({ timeZone })} error={errors.timeZone} />
    </SimpleGrid>
  );
}
