import { Select, Table, Text } from "@mantine/core";
import type { ColumnTarget, CsvPreview } from "../../api/csv-import";
import classes from "./MappingTable.module.css";

interface Props {
  preview: CsvPreview;
  mapping: Record<string, ColumnTarget>;
  onMap: (header: string, target: ColumnTarget) => void;
  disabled: boolean;
}

/** The file's first rows under its headers, with a choice per column of what it becomes. */
export function MappingTable({ preview, mapping, onMap, disabled }: Props) {
  const options = [
    { value: "ignore", label: "Don't import" },
    ...preview.fields.map((f) => ({ value: f.value, label: f.required ? `${f.label} (required)` : f.label })),
  ];
  return (
    <Table.ScrollContainer minWidth={preview.headers.length * 200 + 60} maxHeight={420}>
      <Table className={classes.table} striped highlightOnHover withColumnBorders stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className={classes.line}>Line</Table.Th>
            {preview.headers.map((header) => (
              <Table.Th key={header} className={classes.header}>
                <Text fz="xs" c="dimmed" fw={600} truncate title={header} mb={4}>
                  {header}
                </Text>
                <Select
                  size="xs"
                  data={options}
                  value={mapping[header] ?? "ignore"}
                  onChange={(value) => value && onMap(header, value as ColumnTarget)}
                  allowDeselect={false}
                  disabled={disabled}
                  aria-label={`What the column “${header}” becomes`}
                  comboboxProps={{ width: 240, position: "bottom-start" }}
                  variant={mapping[header] === "ignore" ? "filled" : "default"}
                />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.sample.map((row) => (
            <Table.Tr key={row.line}>
              <Table.Td className={classes.line}>{row.line}</Table.Td>
              {row.cells.map((cell, i) => {
                const header = preview.headers[i]!;
                const skipped = (mapping[header] ?? "ignore") === "ignore";
                return (
                  <Table.Td key={header} className={`${classes.cell} ${skipped ? classes.skipped : ""}`} title={cell}>
                    {cell.split(/\r?\n/)[0]}
                    {cell.includes("\n") ? " …" : ""}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
