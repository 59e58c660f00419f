import { Alert, Table, Text } from "@mantine/core";
import { EXPORT_TABLES } from "@loopwise/domain";
import { IconCircleCheck } from "@tabler/icons-react";
import type { ImportResult } from "../../api/data-transfer";
import { TABLE_LABELS, total } from "./counts";

/** What an import added and what it found already here, table by table. */
export function ImportSummary({ name, result }: { name: string; result: ImportResult }) {
  const rows = EXPORT_TABLES.filter((table) => result.created[table] + result.skipped[table] > 0);
  const added = total(result.created);
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck />}
      title={added ? `Imported ${name}` : `Nothing new in ${name}`}
      data-testid="json-import-summary"
    >
      {rows.length === 0 ? (
        <Text fz="sm">The file holds no rows.</Text>
      ) : (
        <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing="sm" maw={420} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th ta="right">Added</Table.Th>
              <Table.Th ta="right">Already here</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((table) => (
              <Table.Tr key={table}>
                <Table.Td>{TABLE_LABELS[table]}</Table.Td>
                <Table.Td ta="right" fw={result.created[table] ? 600 : undefined}>
                  {result.created[table]}
                </Table.Td>
                <Table.Td ta="right" c="dimmed">
                  {result.skipped[table]}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Alert>
  );
}
