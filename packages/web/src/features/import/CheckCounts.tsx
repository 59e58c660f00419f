import { Paper, SimpleGrid, Text } from "@mantine/core";
import type { CsvCheck } from "../../api/csv-import";

function Count({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text fz={26} fw={700} lh={1.1} c={value > 0 ? color : undefined} data-testid={`count-${label}`}>
        {value.toLocaleString()}
      </Text>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
    </Paper>
  );
}

/** What the import would do, in four numbers. */
export function CheckCounts({ check }: { check: CsvCheck }) {
  return (
    <SimpleGrid cols={4} spacing="sm">
      <Count label="to add" value={check.toCreate} color="teal" />
      <Count label="already there" value={check.duplicates} />
      <Count label="new companies" value={check.newCompanies} />
      <Count label="rows with errors" value={check.invalidRows} color="red" />
    </SimpleGrid>
  );
}
