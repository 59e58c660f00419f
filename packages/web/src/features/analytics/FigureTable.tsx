import { Table } from "@mantine/core";
import type { ReactNode } from "react";

/** A compact table of figures: the first column names the row, the rest are numbers. */
export function FigureTable({ head, rows }: { head: string[]; rows: { key: string; cells: ReactNode[] }[] }) {
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            {head.map((label, i) => (
              <Table.Th key={label} ta={i === 0 ? "left" : "right"}>
                {label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              {row.cells.map((cell, i) => (
                <Table.Td
                  key={i}
                  ta={i === 0 ? "left" : "right"}
                  style={i > 0 ? { fontVariantNumeric: "tabular-nums" } : undefined}
                >
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
