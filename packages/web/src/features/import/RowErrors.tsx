import { Table, Text } from "@mantine/core";
import type { CsvCheck } from "../../api/csv-import";

/** The rows that cannot be imported as they are: line, column, and what is wrong. */
export function RowErrors({ check }: { check: CsvCheck }) {
  const rest = check.errorCount - check.errors.length;
  return (
    <div>
      <Table.ScrollContainer minWidth={520} maxHeight={320}>
        <Table striped verticalSpacing={6} fz="sm" stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>Line</Table.Th>
              <Table.Th w={180}>Column</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {check.errors.map((error, i) => (
              <Table.Tr key={`${error.line}-${error.field}-${i}`} data-testid="row-error">
                <Table.Td ff="monospace">{error.line}</Table.Td>
                <Table.Td>{error.field === "row" ? "the whole row" : error.field}</Table.Td>
                <Table.Td>{error.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rest > 0 && (
        <Text fz="sm" c="dimmed" mt="xs">
          …and {rest.toLocaleString()} more. Fix these first: the same mistake is often in many rows.
        </Text>
      )}
    </div>
  );
}
