import { Alert, Badge, Group, List, SegmentedControl, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconFile } from "@tabler/icons-react";
import type { CsvPreview, DateOrder } from "../../api/csv-import";
import { DELIMITER_LABELS, ENCODING_LABELS, plural } from "./import-labels";

interface Props {
  fileName: string;
  preview: CsvPreview;
  dateOrder: DateOrder | undefined;
  onDateOrder: (order: DateOrder) => void;
}

/** What was read: the format, the size, the encoding, and what the user should look at. */
export function PreviewSummary({ fileName, preview, dateOrder, onDateOrder }: Props) {
  const unsure = preview.dates.filter((d) => !d.evident);
  const order = dateOrder ?? unsure[0]?.order ?? "mdy";
  // Warnings about the date order are answered by the control below.
  const warnings = preview.warnings.filter((w) => !w.startsWith("Dates in "));
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <IconFile size={18} aria-hidden />
        <Text fw={600} truncate maw={360}>
          {fileName}
        </Text>
        <Badge variant="filled" radius="sm" tt="none" data-testid="csv-format">
          {preview.formatLabel}
        </Badge>
        <Badge variant="light" color="gray" radius="sm" tt="none">
          {plural(preview.rows, "row")}
        </Badge>
        <Badge variant="light" color={preview.encoding === "windows-1252" ? "yellow" : "gray"} radius="sm" tt="none">
          {ENCODING_LABELS[preview.encoding]}
        </Badge>
        <Badge variant="light" color="gray" radius="sm" tt="none">
          {DELIMITER_LABELS[preview.delimiter]}
        </Badge>
      </Group>
      {preview.formatNote && (
        <Text fz="sm" c="dimmed">
          {preview.formatLabel}: {preview.formatNote}
        </Text>
      )}
      {warnings.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle />} title="Look at these before you go on">
          <List size="sm" spacing={2}>
            {warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {unsure.length > 0 && (
        <Group gap="sm" wrap="nowrap">
          <Text fz="sm">
            Dates in {unsure.map((d) => `“${d.column}”`).join(", ")} such as 03/04/2025 could be read either way:
          </Text>
          <SegmentedControl
            size="xs"
            value={order}
            onChange={(value) => onDateOrder(value as DateOrder)}
            data={[
              { value: "mdy", label: "Month first: 03/04 is 4 March" },
              { value: "dmy", label: "Day first: 03/04 is 3 April" },
            ]}
            aria-label="Date order"
          />
        </Group>
      )}
    </Stack>
  );
}
