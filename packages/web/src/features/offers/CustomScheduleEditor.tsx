import { ActionIcon, Button, Group, Stack, Text } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { customScheduleSum } from "./draft-to-comp";
import type { VestingRow } from "./offer-draft";
import { NumField, PercentField, removeAt, replaceAt } from "./form-inputs";

interface Props {
  rows: VestingRow[];
  onChange: (rows: VestingRow[]) => void;
  error?: string | undefined;
}

/** Rows of (month, percent) with the running sum; the schedule counts once it reaches 100%. */
export function CustomScheduleEditor({ rows, onChange, error }: Props) {
  const { sum, complete } = customScheduleSum(rows);
  const nextMonth = () => {
    const last = rows.at(-1)?.month;
    return typeof last === "number" ? last + 12 : 12;
  };
  let running = 0;
  return (
    <Stack gap={6}>
      {rows.map((row, index) => {
        running += row.percent === "" ? 0 : row.percent;
        return (
          <Group key={index} gap="xs" wrap="nowrap" align="center">
            <NumField
              aria-label={`Vesting event ${index + 1}: month`}
              placeholder="Month"
              leftSection={
                <Text fz="xs" c="dimmed">
                  mo
                </Text>
              }
              min={1}
              allowDecimal={false}
              value={row.month}
              onChange={(month) => onChange(replaceAt(rows, index, { month }))}
              w={100}
              size="xs"
            />
            <PercentField
              aria-label={`Vesting event ${index + 1}: percent`}
              placeholder="Percent"
              value={row.percent}
              onChange={(percent) => onChange(replaceAt(rows, index, { percent }))}
              w={110}
              size="xs"
            />
            <Text fz="xs" c="dimmed" w={70} ta="right">
              {Math.round(running * 100) / 100}% total
            </Text>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove vesting event ${index + 1}`}
              onClick={() => onChange(removeAt(rows, index))}
            >
              <IconTrash size={14} />
            </ActionIcon>
          </Group>
        );
      })}
      <Group justify="space-between">
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...rows, { month: nextMonth(), percent: "" }])}
        >
          Add vesting event
        </Button>
        <Text fz="xs" c={complete ? "teal" : "red"} role="status">
          {complete ? "Sums to 100%" : `Sums to ${sum}%: needs 100%`}
        </Text>
      </Group>
      {error && (
        <Text fz="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}
