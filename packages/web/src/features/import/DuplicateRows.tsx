import { Table } from "@mantine/core";
import type { CsvCheck } from "../../api/csv-import";

/** Rows skipped because the company and role are already there (or earlier in the file). */
export function DuplicateRows({ check }: { check: CsvCheck }) {
  return (
    <Table.ScrollContainer minWidth={520} maxHeight={240}>
      <Table striped verticalSpacing={6} fz="sm" stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>Line</Table.Th>
            <Table.Th>Company</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Why it is skipped</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {check.duplicateRows.map((row) => (
            <Table.Tr key={row.line}>
              <Table.Td ff="monospace">{row.line}</Table.Td>
              <Table.Td>{row.companyName}</Table.Td>
              <Table.Td>{row.roleTitle}</Table.Td>
              <Table.Td>{row.sameAs === "existing" ? "You have it already" : `Same as line ${row.sameAs}`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
